/**
 * What pre-flight checks read of an account: EC2 subnets and security groups (the EC2 query protocol), IAM roles with
 * their trust policies (the awsQuery protocol), SSM parameters and Secrets Manager secrets (JSON; never their values,
 * which the emulator does not hold). Each answers as AWS's API reference shows, errors included.
 */
import { AwsError } from '../errors.ts';
import { list, str, type Operations } from '../context.ts';
import type { Json } from '../state.ts';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `Filter.1.Name=x&Filter.1.Value.1=y`, `SubnetId.1=z` as the SDK shapes them: { Filters: [{Name, Values}], SubnetIds }. */
export function ec2Input(query: Json): Json {
  const filters = new Map<number, { Name?: string; Values: string[] }>();
  const lists = new Map<string, string[]>();
  const out: Json = {};
  for (const [key, value] of Object.entries(query)) {
    const filter = /^Filter\.(\d+)\.(Name|Value\.\d+)$/.exec(key);
    if (filter) {
      const f = filters.get(Number(filter[1])) ?? { Values: [] };
      if (filter[2] === 'Name') f.Name = String(value);
      else f.Values.push(String(value));
      filters.set(Number(filter[1]), f);
      continue;
    }
    const member = /^(SubnetId|GroupId|GroupName)\.\d+$/.exec(key);
    if (member) lists.set(`${member[1]}s`, [...(lists.get(`${member[1]}s`) ?? []), String(value)]);
    else if (key !== 'Action' && key !== 'Version') out[key] = value;
  }
  if (filters.size) out.Filters = [...filters.entries()].sort(([a], [b]) => a - b).map(([, f]) => f);
  for (const [key, values] of lists) out[key] = values;
  return out;
}

/** What a filter list keeps: an item whose field is one of the filter's values, for every filter. */
function filtered<T>(items: T[], filters: unknown, fields: Record<string, (item: T) => string>): T[] {
  let kept = items;
  for (const f of list<{ Name?: string; Values?: string[] }>(filters)) {
    const field = fields[String(f.Name)];
    if (!field) throw new AwsError('InvalidParameterValue', `The filter '${String(f.Name)}' is invalid`, 400);
    kept = kept.filter((item) => (f.Values ?? []).includes(field(item)));
  }
  return kept;
}

export const ec2: Operations = {
  DescribeSubnets(input, { state }) {
    const ids = list<string>(input.SubnetIds);
    for (const id of ids)
      if (!state.subnets.has(id))
        throw new AwsError('InvalidSubnetID.NotFound', `The subnet ID '${id}' does not exist`, 400);
    const all = [...state.subnets.values()].filter((s) => !ids.length || ids.includes(s.id));
    const subnets = filtered(all, input.Filters, { 'subnet-id': (s) => s.id, 'vpc-id': (s) => s.vpcId });
    return { subnets: subnets.map((s) => ({ ...s })) };
  },

  DescribeSecurityGroups(input, { state }) {
    const ids = list<string>(input.GroupIds);
    for (const id of ids)
      if (!state.securityGroups.has(id))
        throw new AwsError('InvalidGroup.NotFound', `The security group '${id}' does not exist`, 400);
    const all = [...state.securityGroups.values()].filter((g) => !ids.length || ids.includes(g.id));
    const groups = filtered(all, input.Filters, { 'group-id': (g) => g.id, 'vpc-id': (g) => g.vpcId });
    return { groups: groups.map((g) => ({ ...g })) };
  },
};

export function ec2Xml(operation: string, output: Json, requestId: string, accountId: string): string {
  const body =
    operation === 'DescribeSubnets'
      ? `<subnetSet>${list<{ id: string; vpcId: string; mapPublicIpOnLaunch: boolean; zone: string }>(output.subnets)
          .map(
            (s) =>
              `<item><subnetId>${escapeXml(s.id)}</subnetId><vpcId>${escapeXml(s.vpcId)}</vpcId><state>available</state>` +
              `<availabilityZone>${escapeXml(s.zone)}</availabilityZone>` +
              `<mapPublicIpOnLaunch>${String(s.mapPublicIpOnLaunch)}</mapPublicIpOnLaunch><ownerId>${accountId}</ownerId></item>`,
          )
          .join('')}</subnetSet>`
      : `<securityGroupInfo>${list<{ id: string; vpcId: string; name: string }>(output.groups)
          .map(
            (g) =>
              `<item><ownerId>${accountId}</ownerId><groupId>${escapeXml(g.id)}</groupId>` +
              `<groupName>${escapeXml(g.name)}</groupName><vpcId>${escapeXml(g.vpcId)}</vpcId></item>`,
          )
          .join('')}</securityGroupInfo>`;
  return (
    `<${operation}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">` +
    `<requestId>${requestId}</requestId>${body}</${operation}Response>`
  );
}

export function ec2ErrorXml(code: string, message: string, requestId: string): string {
  return (
    `<Response><Errors><Error><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error>` +
    `</Errors><RequestID>${requestId}</RequestID></Response>`
  );
}

export const iam: Operations = {
  GetRole(input, { state }) {
    const name = str(input.RoleName) ?? '';
    const role = state.roles.get(name);
    if (!role) throw new AwsError('NoSuchEntity', `The role with name ${name} cannot be found.`, 404);
    return { Role: { ...role } };
  },
};

export function iamXml(operation: string, output: Json, requestId: string): string {
  const role = output.Role as { name: string; arn: string; path: string; trust: string; createdAt: string };
  const body =
    `<Role><Path>${escapeXml(role.path)}</Path><RoleName>${escapeXml(role.name)}</RoleName>` +
    `<RoleId>AROA${role.name.length.toString().padStart(17, '0')}</RoleId><Arn>${escapeXml(role.arn)}</Arn>` +
    `<CreateDate>${role.createdAt}</CreateDate>` +
    `<AssumeRolePolicyDocument>${escapeXml(encodeURIComponent(role.trust))}</AssumeRolePolicyDocument></Role>`;
  return (
    `<${operation}Response xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><${operation}Result>${body}` +
    `</${operation}Result><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>`
  );
}

export function iamErrorXml(code: string, message: string, requestId: string): string {
  return (
    `<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type>` +
    `<Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error>` +
    `<RequestId>${requestId}</RequestId></ErrorResponse>`
  );
}

export const ssm: Operations = {
  DescribeParameters(input, { state }) {
    let found = [...state.parameters.values()];
    for (const f of list<{ Key?: string; Option?: string; Values?: string[] }>(input.ParameterFilters)) {
      if (f.Key !== 'Name') continue;
      const values = f.Values ?? [];
      if (values.length > 50) throw new AwsError('InvalidFilterValue', 'A filter takes at most 50 values', 400);
      found = found.filter((p) => values.includes(p.name));
    }
    const max = typeof input.MaxResults === 'number' ? input.MaxResults : 10;
    const start = input.NextToken ? Number(input.NextToken) : 0;
    const page = found.slice(start, start + max);
    return {
      Parameters: page.map((p) => ({ Name: p.name, Type: p.type, ARN: p.arn, Version: 1, Tier: 'Standard' })),
      ...(start + max < found.length ? { NextToken: String(start + max) } : {}),
    };
  },
};

export const secretsmanager: Operations = {
  DescribeSecret(input, { state }) {
    const id = str(input.SecretId) ?? '';
    const secret = [...state.secrets.values()].find(
      (s) => s.arn === id || s.name === id || s.arn.replace(/-[A-Za-z0-9]{6}$/, '') === id,
    );
    if (!secret)
      throw new AwsError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.", 400);
    return { ARN: secret.arn, Name: secret.name };
  },
};
