export const id = 430;
export const ids = [430];
export const modules = {

/***/ 1430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Hn: () => (/* binding */ repositoryRoot),
/* harmony export */   S0: () => (/* binding */ writeNewFile),
/* harmony export */   replaceFile: () => (/* binding */ replaceFile),
/* harmony export */   wP: () => (/* binding */ isSymlink)
/* harmony export */ });
/* unused harmony export UnsafePathError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Writing files a user names, without following a symlink an attacker (a repository's contents) may have planted: a
 * symlinked directory on the way, or a symlink where the file goes, is refused.
 */



class UnsafePathError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UnsafePathError';
    }
}
/** The directories of `path` that exist, from `root` (the working directory) down: none may be a symlink. */
function refuseSymlinkedDirectories(path, root = process.cwd()) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    const fromRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target));
    if (fromRoot.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(fromRoot))
        return;
    let dir = root;
    for (const part of fromRoot.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).filter(Boolean)) {
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, part);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) && !isSymlink(dir))
            return;
        if (isSymlink(dir))
            throw new UnsafePathError(`${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, dir)} is a symbolic link: not written through it`);
    }
}
function isSymlink(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/** Writes a file that must not exist yet ('exists' when it does: never overwritten, never followed). */
function writeNewFile(path, text) {
    refuseSymlinkedDirectories(path);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) || isSymlink(path))
        return 'exists';
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, text, { flag: 'wx' });
    return 'written';
}
/** Replaces a file's content atomically (a temporary file, then rename), refusing a symlink in its place. */
function replaceFile(path, text) {
    if (isSymlink(path))
        throw new UnsafePathError(`${path} is a symbolic link: not written through it`);
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path)), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(6).toString('hex')}.tmp`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, text, { flag: 'wx' });
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, path);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temporary, { force: true });
        throw error;
    }
}
/** The repository a file is in: the nearest folder above it that holds `.git`, else the file's own folder. */
function repositoryRoot(file) {
    const start = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(file));
    for (let dir = start;; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.git')))
            return dir;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir) === dir)
            return start;
    }
}
/** Whether `path`, with every symlink resolved, is inside `root` (also resolved). */
function isInside(path, root) {
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    }
    catch {
        return true; // a missing file is reported as missing, where it was meant to be
    }
    const base = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    return real === base || real.startsWith(base.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? base : `${base}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`);
}


/***/ })

};
