export const id = 507;
export const ids = [507];
export const modules = {

/***/ 1908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H5: () => (/* binding */ documentValue),
  hN: () => (/* binding */ parseYaml),
  gM: () => (/* binding */ readYaml)
});

// UNUSED EXPORTS: MAX_ALIAS_COUNT, MAX_NESTING, SourceMap

// EXTERNAL MODULE: ../node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(4437);
;// CONCATENATED MODULE: ./manifest/block-keys.ts
/**
 * Finds where a path of plain keys is written in block-style YAML by reading lines, without a
 * second parse: a warning about one of 1,000 jobs should not cost a parse that keeps every position
 * (several times the fast read). At each level the key lines found must be exactly the data's
 * keys, in order, or the answer is "don't know" (undefined) and the caller parses: quoted or
 * numeric keys, flow collections, sequences on the path, tags, anchors and multi-line keys all end
 * up there. A test compares the answers with the positional parser's on the shapes manifests take.
 */
class BlockKeyLocator {
    text;
    data;
    lineStarts;
    constructor(text, data) {
        this.text = text;
        this.data = data;
    }
    keyPosition(path) {
        if (path.length === 0)
            return this.valuePosition(path);
        const found = this.find(path);
        return found && { line: found.keyLine + 1, column: found.indent + 1 };
    }
    valuePosition(path) {
        const found = this.find(path);
        if (!found)
            return undefined;
        const { value, keyLine, end, opaque } = found;
        if (opaque)
            return undefined;
        if (value)
            return value;
        // The value starts on a later line: the first line with content in the block below the key.
        for (let line = keyLine + 1; line < end; line++) {
            const text = this.line(line);
            if (!text)
                return undefined;
            if (text.rest !== '' && !text.rest.startsWith('#'))
                return /^[!&*|>]/.test(text.rest) ? undefined : { line: line + 1, column: text.indent + 1 };
        }
        return undefined;
    }
    /** The key's line, its indentation, the value when it is on the key's line, and where its block ends. */
    find(path) {
        const starts = (this.lineStarts ??= lineStartsOf(this.text));
        let node = this.data;
        let from = 0;
        let to = starts.length;
        let found;
        for (const segment of path) {
            if (typeof segment !== 'string' || node === null || typeof node !== 'object' || Array.isArray(node))
                return undefined;
            if (found?.value || found?.opaque)
                return undefined; // a flow collection, a tag or a block scalar
            const block = this.mapping(from, to, node);
            const index = block?.index.get(segment);
            if (!block || index === undefined)
                return undefined;
            const { keys } = block;
            const key = keys[index];
            const end = index + 1 < keys.length ? keys[index + 1].line : to;
            found = {
                keyLine: key.line,
                indent: key.indent,
                end,
                opaque: key.opaque,
                ...(key.valueColumn !== undefined ? { value: { line: key.line + 1, column: key.valueColumn + 1 } } : {}),
            };
            node = node[segment];
            [from, to] = [key.line + 1, end];
        }
        return found;
    }
    /**
     * The block mapping in lines [from, to) that holds `node`: its key lines, checked to be exactly
     * the node's keys in order, and each key's place; undefined when the lines are not only that.
     * Many diagnostics point into the same mappings (every burst warning at `jobs`): each is read once.
     */
    mapping(from, to, node) {
        const id = `${from}:${to}`;
        if (this.blocks.has(id))
            return this.blocks.get(id);
        const keys = this.keyLines(from, to);
        const names = Object.keys(node);
        const block = keys && keys.length === names.length && keys.every((k, i) => k.key === names[i])
            ? { keys, index: new Map(keys.map((k, i) => [k.key, i])) }
            : undefined;
        this.blocks.set(id, block);
        return block;
    }
    blocks = new Map();
    /** The plain `key:` lines of the block mapping in lines [from, to), or undefined when the block is not only those. */
    keyLines(from, to) {
        const keys = [];
        let indent = -1;
        for (let line = from; line < to; line++) {
            const text = this.line(line);
            if (!text)
                return undefined;
            const { indent: at, rest } = text;
            if (rest === '' || rest.startsWith('#'))
                continue;
            if (indent < 0)
                indent = at;
            if (at > indent)
                continue;
            if (at < indent)
                return undefined;
            // A block sequence may sit at its key's indentation (`key:` then `- item` lines): part of that value.
            const last = keys[keys.length - 1];
            if (/^-(?: |$)/.test(rest) && last && last.valueColumn === undefined && !last.opaque)
                continue;
            const m = KEY_LINE.exec(rest);
            if (!m)
                return undefined;
            const after = rest.slice(m[0].length).trimStart();
            const valueColumn = after === '' || after.startsWith('#') ? undefined : at + rest.length - after.length;
            // Where a tagged value or a block scalar starts is the parser's to say.
            const opaque = /^[!&*|>]/.test(after);
            keys.push({
                key: m[1],
                line,
                indent: at,
                opaque,
                ...(valueColumn !== undefined && !opaque ? { valueColumn } : {}),
            });
        }
        return keys;
    }
    /** A line's indentation and content, or undefined for a tab in the indentation (the parser's to judge). */
    line(index) {
        const starts = this.lineStarts;
        const start = starts[index];
        const end = index + 1 < starts.length ? starts[index + 1] - 1 : this.text.length;
        const raw = this.text.slice(start, end).replace(/\r$/, '');
        const rest = raw.trimStart();
        if (/^ *\t/.test(raw) && rest !== '')
            return undefined;
        return { indent: raw.length - rest.length, rest: rest.trimEnd() };
    }
}
/** A plain key that reads the same in the text and the data, then `:` and a space or the line's end. */
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_.\-/]*)[ ]*:(?=[ ]|$)/;
function lineStartsOf(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}

// EXTERNAL MODULE: ../node_modules/yaml/dist/index.js
var dist = __webpack_require__(6637);
;// CONCATENATED MODULE: ./manifest/yaml.ts



/** A parsed YAML document that can say where any path of it is in the file. */
class SourceMap {
    document;
    lines;
    constructor(document, lines) {
        this.document = document;
        this.lines = lines;
    }
    position(offset) {
        const { line, col } = this.lines.linePos(offset);
        return { line, column: col };
    }
    /** Each mapping's pairs by key, built once per mapping: looking up a path stays linear in the file. */
    pairs = new WeakMap();
    pairOf(map, key) {
        let index = this.pairs.get(map);
        if (!index) {
            index = new Map();
            for (const p of map.items)
                if ((0,dist/* isScalar */.jn)(p.key) && !index.has(String(p.key.value)))
                    index.set(String(p.key.value), p);
            this.pairs.set(map, index);
        }
        return index.get(key);
    }
    /** The node at a path, or the deepest existing ancestor when the path does not exist. */
    nodeAt(path) {
        let node = this.document.contents;
        let keyNode = null;
        for (const segment of path) {
            if ((0,dist/* isMap */.jh)(node)) {
                const pair = this.pairOf(node, String(segment));
                if (!pair)
                    return { node, keyNode, found: false };
                keyNode = pair.key;
                node = pair.value ?? keyNode;
            }
            else if ((0,dist/* isSeq */.oP)(node) && /^\d+$/.test(String(segment)) && node.items[Number(segment)]) {
                keyNode = null;
                node = node.items[Number(segment)];
            }
            else {
                return { node, keyNode, found: false };
            }
        }
        return { node, keyNode, found: true };
    }
    has(path) {
        return this.nodeAt(path).found;
    }
    /** Where the value at `path` starts (or its nearest existing ancestor). */
    valuePosition(path) {
        const { node } = this.nodeAt(path);
        return this.position(node?.range?.[0] ?? 0);
    }
    /** Where the key of `path` is written (falls back to the value). */
    keyPosition(path) {
        const { node, keyNode } = this.nodeAt(path);
        return this.position((keyNode ?? node)?.range?.[0] ?? 0);
    }
    /**
     * Position of a character inside a scalar string value, for errors that point into a value
     * (a cron field). Quoted scalars start one character after their quote; when the scalar spans
     * lines or uses escapes, the start of the value is the best we can do.
     */
    positionInString(path, index) {
        const { node } = this.nodeAt(path);
        if (!(0,dist/* isScalar */.jn)(node) || !node.range)
            return this.valuePosition(path);
        const start = node.range[0];
        const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
        const source = String(node.source ?? node.value);
        if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL' || (quoted && /[\\']/.test(source))) {
            return this.position(start);
        }
        const begin = this.position(start + (quoted ? 1 : 0));
        const end = this.position(start + (quoted ? 1 : 0) + index);
        return end.line === begin.line ? end : begin;
    }
}
/** Deeper than this, a manifest is not a manifest: refused before anything walks it recursively. */
const MAX_NESTING = 32;
/** Aliases the document may expand (YAML anchors are fine; an alias bomb is not). */
const MAX_ALIAS_COUNT = 100;
/** Parses YAML keeping positions. Duplicate keys are errors (the YAML spec forbids them). */
function parseYaml(text) {
    const lines = new dist/* LineCounter */.HN();
    // The parser's own duplicate-key check compares every key with every other (quadratic): ours is linear.
    const document = (0,dist/* parseDocument */.Tp)(text, {
        lineCounter: lines,
        uniqueKeys: false,
        prettyErrors: false,
        keepSourceTokens: false,
    });
    const source = new SourceMap(document, lines);
    const problems = [];
    // After the first syntax error the parser's further complaints are mostly cascades of it.
    const firstSyntax = document.errors.find((e) => e.code !== 'DUPLICATE_KEY');
    for (const error of [...document.errors.filter((e) => e === firstSyntax), ...duplicateKeys(document)]) {
        const key = /^[^:\n]*/.exec(text.slice(error.pos[0]))[0].trim();
        // A crontab line pasted unquoted (`*/15 8-18 * * 1-5`) fails in several ways; the line says what it was.
        const syntax = error.code !== 'DUPLICATE_KEY';
        const unquoted = syntax ? unquotedStar(text, error.pos[0]) : undefined;
        const colon = syntax && !unquoted ? unquotedColon(text, error.pos[0]) : undefined;
        const position = source.position(unquoted?.offset ?? colon?.offset ?? error.pos[0]);
        const message = error.code === 'DUPLICATE_KEY'
            ? `duplicate key '${key}': it appears twice in the same mapping; keep one`
            : unquoted
                ? `a value that starts with * is read as a YAML alias: quote it, e.g. ${unquoted.key}: "${unquoted.value}"`
                : colon
                    ? `a value with ': ' inside or ':' at its end (a Secrets Manager ARN with a JSON key, say) is read as ` +
                        `a mapping: quote it, e.g. ${colon.key}: "${colon.value}"`
                    : /call stack/i.test(error.message)
                        ? `nesting deeper than ${MAX_NESTING} levels: a manifest is never this deep; check the indentation and brackets here`
                        : `YAML syntax: ${firstLine(error.message)}`;
        problems.push({ message, position });
    }
    if (problems.length === 0) {
        const tooDeep = deepestNode(document);
        if (tooDeep)
            problems.push({
                message: `nesting deeper than ${MAX_NESTING} levels: a manifest is never this deep; check the indentation and brackets here`,
                position: source.position(tooDeep.range?.[0] ?? 0),
            });
    }
    return { source, problems };
}
/** A mapping's second (third...) use of a key, as the parser would report it: one pass, a set per mapping. */
function duplicateKeys(document) {
    const found = [];
    (0,dist/* visit */.YR)(document, {
        Map(_key, map) {
            const seen = new Set();
            for (const pair of map.items) {
                if (!(0,dist/* isScalar */.jn)(pair.key))
                    continue;
                const key = String(pair.key.value);
                if (seen.has(key))
                    found.push({
                        code: 'DUPLICATE_KEY',
                        message: 'Map keys must be unique',
                        pos: [pair.key.range?.[0] ?? 0, pair.key.range?.[1] ?? 0],
                    });
                seen.add(key);
            }
        },
    });
    return found;
}
/** The first node nested deeper than MAX_NESTING (a walk with its own stack, so no recursion limit is hit). */
function deepestNode(document) {
    const stack = [[document.contents, 1]];
    while (stack.length) {
        const [node, level] = stack.pop();
        if (!(0,dist/* isMap */.jh)(node) && !(0,dist/* isSeq */.oP)(node))
            continue;
        if (level > MAX_NESTING)
            return node;
        for (const item of node.items)
            stack.push([(0,dist/* isPair */.tO)(item) ? item.value : item, level + 1]);
    }
    return undefined;
}
/**
 * The document as plain data, or where and why it cannot be: an alias bomb (anchors expanded
 * past MAX_ALIAS_COUNT) becomes a positioned problem, not an exception.
 */
function documentValue(source) {
    try {
        return { value: source.document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
    }
    catch (error) {
        let alias;
        (0,dist/* visit */.YR)(source.document, {
            Alias(_key, node) {
                alias = node;
                return dist/* visit */.YR.BREAK;
            },
        });
        const message = error instanceof ReferenceError && /alias/i.test(error.message)
            ? `YAML aliases expand to too much data (more than ${MAX_ALIAS_COUNT} alias uses); write the values out or use fewer anchors`
            : 'the YAML document cannot be read as data; simplify the anchors and aliases here';
        return { problem: { message, position: source.position(alias?.range?.[0] ?? 0) } };
    }
}
/** `key: *...` on the line of `offset` (a crontab line pasted unquoted), or undefined. */
function unquotedStar(text, offset) {
    return keyValueLine(text, offset, /^\s*(?:-\s+)?([\w.-]+):\s+(\*[^#]*?)\s*(?:#.*)?$/);
}
/** `key: value:` or `key: a: b` on the line of `offset` (a value that needs quotes for its colons), or undefined. */
function unquotedColon(text, offset) {
    return keyValueLine(text, offset, /^\s*(?:-\s+)?([\w.-]+):\s+([^\s"'{[|>#][^#]*?(?::\s|:$)[^#]*?)\s*(?:#.*)?$/);
}
function keyValueLine(text, offset, pattern) {
    const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    const end = text.indexOf('\n', offset);
    const line = text.slice(start, end < 0 ? undefined : end);
    const m = pattern.exec(line);
    return m
        ? { key: m[1], value: m[2].replace(/"/g, '\\"'), offset: start + line.indexOf(m[2], line.indexOf(':')) }
        : undefined;
}
function firstLine(message) {
    return message
        .split('\n')[0]
        .replace(/ at line \d+, column \d+:?$/, '')
        .trim();
}
/**
 * The manifest's data with positions found only when asked: `has` reads the data; a key in plain
 * block mappings is found in the lines; any other position parses the text again with positions.
 */
class LazySourceMap {
    map;
    text;
    value;
    lines;
    constructor(text, value) {
        this.text = text;
        this.value = value;
        this.lines = new BlockKeyLocator(text, value);
    }
    positions() {
        return (this.map ??= parseYaml(this.text).source);
    }
    has(path) {
        let node = this.value;
        for (const segment of path) {
            if (Array.isArray(node) && /^\d+$/.test(String(segment)) && Number(segment) < node.length)
                node = node[Number(segment)];
            else if (node !== null &&
                typeof node === 'object' &&
                !Array.isArray(node) &&
                Object.prototype.hasOwnProperty.call(node, segment))
                node = node[segment];
            else
                return false;
        }
        return true;
    }
    valuePosition(path) {
        return (!this.map && this.lines.valuePosition(path)) || this.positions().valuePosition(path);
    }
    keyPosition(path) {
        return (!this.map && this.lines.keyPosition(path)) || this.positions().keyPosition(path);
    }
    positionInString(path, index) {
        return this.positions().positionInString(path, index);
    }
}
/**
 * YAML 1.2's core schema exactly as the positional parser reads it. js-yaml's own core schema keeps
 * two YAML 1.1 readings (`0b101` is 5, and `+.5` is a string), so the scalar types are written out.
 */
/** How every int and float starts (checked first: most scalars are words). */
const NUMERIC_START = /^[-+.0-9]/;
const CORE_1_2 = js_yaml/* FAILSAFE_SCHEMA */.uH.extend({
    implicit: [
        new js_yaml/* Type */.ZU('tag:yaml.org,2002:null', {
            kind: 'scalar',
            resolve: (data) => data === null || (data.length <= 4 && /^(?:~|null|Null|NULL|)$/.test(data)),
            construct: () => null,
        }),
        new js_yaml/* Type */.ZU('tag:yaml.org,2002:bool', {
            kind: 'scalar',
            resolve: (data) => data !== null &&
                (data.length === 4 || data.length === 5) &&
                /^(?:true|True|TRUE|false|False|FALSE)$/.test(data),
            construct: (data) => /^t/i.test(data),
        }),
        new js_yaml/* Type */.ZU('tag:yaml.org,2002:int', {
            kind: 'scalar',
            resolve: (data) => data !== null && NUMERIC_START.test(data) && /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(data),
            construct: (data) => data.startsWith('0o')
                ? parseInt(data.slice(2), 8)
                : data.startsWith('0x')
                    ? parseInt(data.slice(2), 16)
                    : Number(data),
        }),
        new js_yaml/* Type */.ZU('tag:yaml.org,2002:float', {
            kind: 'scalar',
            resolve: (data) => data !== null &&
                NUMERIC_START.test(data) &&
                /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/.test(data),
            construct: (data) => /inf/i.test(data) ? (data.startsWith('-') ? -Infinity : Infinity) : /nan/i.test(data) ? NaN : Number(data),
        }),
    ],
});
/** js-yaml 4.3's options (its types do not list maxDepth yet). */
const FAST_READ = { schema: CORE_1_2, maxDepth: MAX_NESTING + 1 };
/** `{}` or `[]`, maybe with spaces or comments inside (or text that looks like one: then the data is walked for nothing). */
const EMPTY_COLLECTION = /[[{]\s*(?:#[^\n]*\n\s*)*[\]}]/;
/** How deeply a plain value nests, up to one past MAX_NESTING (so the recursion stays shallow). */
function depthOf(value, level = 1) {
    if (value === null || typeof value !== 'object')
        return 0;
    if (level > MAX_NESTING)
        return level;
    let deepest = level;
    if (Array.isArray(value)) {
        for (const child of value)
            deepest = Math.max(deepest, depthOf(child, level + 1));
    }
    else {
        for (const key in value)
            deepest = Math.max(deepest, depthOf(value[key], level + 1));
    }
    return deepest;
}
/**
 * The manifest's YAML, read fast when it can be: a document without anchors (no `&` anywhere, so no
 * alias can expand) is read by js-yaml's core schema, several times faster than a parser that
 * keeps every position (`npm run bench`); positions are then computed only for a diagnostic. What
 * js-yaml refuses (a syntax error, a duplicate key, several documents) or what nests too deep goes
 * the positional way, which says where. Both read YAML 1.2's core schema (CORE_1_2), so the data is the same.
 */
function readYaml(text) {
    if (!text.includes('&')) {
        try {
            // js-yaml counts scalars as a level too, so one more than ours refuses what nests deeper than
            // MAX_NESTING, except where the deepest things are empty collections: only then is it walked.
            const value = (0,js_yaml/* load */.Hh)(text, FAST_READ) ?? null;
            if (!EMPTY_COLLECTION.test(text) || depthOf(value) <= MAX_NESTING)
                return { source: new LazySourceMap(text, value), problems: [], data: { value } };
        }
        catch {
            // The positional parser reports it, with its line and column.
        }
    }
    const { source, problems } = parseYaml(text);
    return { source, problems, ...(problems.length ? {} : { data: documentValue(source) }) };
}


/***/ }),

/***/ 5974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ readBoundedTextFile),
/* harmony export */   OG: () => (/* binding */ jsonErrorPosition),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   ZK: () => (/* binding */ MAX_TASK_DEFINITION_BYTES),
/* harmony export */   lp: () => (/* binding */ MAX_WORKFLOW_BYTES),
/* harmony export */   tJ: () => (/* binding */ FileReadError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/** Reading files a user names: only regular files, only up to a size, never blocking on a FIFO. */

/** A manifest of 5,000 jobs is well under 2 MiB. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** ECS accepts task definitions up to 64 KiB; a base file four times that is not a task definition. */
const MAX_TASK_DEFINITION_BYTES = 256 * 1024;
/** A workflow file read to check a rerun job list. */
const MAX_WORKFLOW_BYTES = 1024 * 1024;
class FileReadError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.name = 'FileReadError';
        this.code = code;
    }
}
/**
 * Reads a text file. Refuses anything but a regular file (a device like /dev/zero, a FIFO, a
 * directory) and anything larger than `maxBytes`, without reading it. O_NONBLOCK makes opening a
 * FIFO return at once instead of waiting for a writer.
 */
function readBoundedTextFile(path, maxBytes) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new FileReadError('ENOENT', 'no such file');
        throw new FileReadError('UNREADABLE', code === 'EACCES' ? 'permission denied' : `cannot open it (${code ?? 'error'})`);
    }
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile())
            throw new FileReadError('NOT_A_FILE', stat.isDirectory()
                ? 'it is a directory, not a file'
                : 'it is not a regular file (a device, a pipe or a socket)');
        if (stat.size > maxBytes)
            throw new FileReadError('TOO_LARGE', `it is ${stat.size} bytes; at most ${maxBytes} are read`);
        // Read at most one byte past the cap, in case the file grows while it is read.
        const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
        let length = 0;
        for (;;) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, null);
            if (n === 0)
                break;
            length += n;
            if (length > maxBytes)
                throw new FileReadError('TOO_LARGE', `it is larger than ${maxBytes} bytes`);
            if (length === buffer.length)
                break;
        }
        return buffer.subarray(0, length).toString('utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * Where a JSON.parse error is, as line and column, without any of the file's content (V8's
 * message may quote the text). Most messages give the position; "Unexpected token" ones do not,
 * and the shortest prefix that fails with such a message ends at the bad character (bisection).
 */
function jsonErrorPosition(text, error) {
    const message = error instanceof Error ? error.message : '';
    const at = /at position (\d+)/.exec(message);
    if (at)
        return positionOf(text, Number(at[1]));
    const badToken = (k) => {
        try {
            JSON.parse(text.slice(0, k));
            return false;
        }
        catch (e) {
            return /^Unexpected token/.test(e.message);
        }
    };
    let low = 1;
    let high = text.length;
    if (!badToken(high))
        return positionOf(text, text.length);
    while (low < high) {
        const mid = (low + high) >> 1;
        if (badToken(mid))
            high = mid;
        else
            low = mid + 1;
    }
    return positionOf(text, low - 1);
}
function positionOf(text, offset) {
    const before = text.slice(0, offset);
    return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}


/***/ })

};
