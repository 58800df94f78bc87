/**
 * Amazon SNS (awsQuery: form-encoded requests, XML answers): topics with their access policy and
 * the messages published to them (EventBridge and CloudWatch alarms deliver here; tests read them).
 */
import { str, type Operations } from '../context.ts';
import { AwsError, required } from '../errors.ts';
import type { Json } from '../state.ts';

const notFound = (arn: string) => new AwsError('NotFound', `Topic does not exist: ${arn}`, 404);

/** awsQuery parameters as a flat map: `Attributes.entry.1.key` and friends stay flat. */
export function parseQuery(body: string): Json {
  return Object.fromEntries(new URLSearchParams(body));
}

export const sns: Operations = {
  CreateTopic(input, { state }) {
    const name = required(str(input.Name), 'Name');
    if (!/^[A-Za-z0-9_-]{1,256}$/.test(name))
      throw new AwsError('InvalidParameter', 'Invalid parameter: Topic Name', 400);
    const arn = state.arn('sns', name);
    if (!state.topics.has(arn)) state.topics.set(arn, { arn, name, tags: [], messages: [] });
    return { TopicArn: arn };
  },

  GetTopicAttributes(input, { state }) {
    const arn = required(str(input.TopicArn), 'TopicArn');
    const topic = state.topics.get(arn);
    if (!topic) throw notFound(arn);
    return {
      Attributes: {
        TopicArn: topic.arn,
        Owner: state.accountId,
        ...(topic.policy ? { Policy: topic.policy } : {}),
        DisplayName: '',
      },
    };
  },

  SetTopicAttributes(input, { state }) {
    const arn = required(str(input.TopicArn), 'TopicArn');
    const topic = state.topics.get(arn);
    if (!topic) throw notFound(arn);
    if (input.AttributeName === 'Policy') topic.policy = str(input.AttributeValue);
    return {};
  },

  Publish(input, { state, now }) {
    const arn = required(str(input.TopicArn), 'TopicArn');
    const topic = state.topics.get(arn);
    if (!topic) throw notFound(arn);
    topic.messages.push({ message: required(str(input.Message), 'Message'), from: 'api', at: now() });
    return { MessageId: String(topic.messages.length) };
  },
};

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The XML answer of an awsQuery operation. */
export function snsXml(operation: string, output: Json, requestId: string): string {
  const result = Object.entries(output)
    .map(([key, value]) => {
      if (value && typeof value === 'object') {
        const entries = Object.entries(value as Record<string, unknown>).map(
          ([k, v]) => `<entry><key>${escapeXml(k)}</key><value>${escapeXml(String(v))}</value></entry>`,
        );
        return `<${key}>${entries.join('')}</${key}>`;
      }
      return `<${key}>${escapeXml(String(value))}</${key}>`;
    })
    .join('');
  return (
    `<${operation}Response ` +
    `xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><${operation}Result>${result}</${operation}Result>` +
    `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>`
  );
}

export function snsErrorXml(code: string, message: string, requestId: string): string {
  return (
    `<ErrorResponse ` +
    `xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>Sender</Type><Code>${escapeXml(code)}</Code>` +
    `<Message>${escapeXml(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`
  );
}
