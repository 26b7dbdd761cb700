import { isJsonObject, type JsonObject, type JsonValue } from '../json.js';

/**
 * Stand-in values for CloudFormation intrinsics in a template, so a definition can be checked
 * before deployment: `Ref` and `Fn::GetAtt` of the template's own resources become ARNs or names
 * of the right shape; parameters become their defaults; pseudo parameters fixed example values.
 * What cannot be resolved stays a `${…}` placeholder (and the checker tolerates placeholders).
 */
export interface TemplateScope {
  /** Resource types by logical id. */
  resources: Record<string, string>;
  /** Parameter defaults by name (when given). */
  parameters: Record<string, JsonValue>;
  /** For Serverless Framework files: `<service>-<stage>-` prefixes function names. */
  functionPrefix?: string;
}

export const REGION = 'us-east-1';
export const ACCOUNT = '123456789012';

const PSEUDO: Record<string, string> = {
  'AWS::Region': REGION,
  'AWS::AccountId': ACCOUNT,
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
  'AWS::StackName': 'stack',
  'AWS::StackId': `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/stack/00000000-0000-0000-0000-000000000000`,
  'AWS::NoValue': '',
};

const SERVICE_OF_TYPE: Record<string, string> = {
  'AWS::Lambda::Function': 'lambda',
  'AWS::Serverless::Function': 'lambda',
  'AWS::SNS::Topic': 'sns',
  'AWS::SQS::Queue': 'sqs',
  'AWS::DynamoDB::Table': 'dynamodb',
  'AWS::Serverless::SimpleTable': 'dynamodb',
  'AWS::StepFunctions::StateMachine': 'states',
  'AWS::Serverless::StateMachine': 'states',
  'AWS::StepFunctions::Activity': 'states',
  'AWS::Events::EventBus': 'events',
  'AWS::S3::Bucket': 's3',
  'AWS::IAM::Role': 'iam',
  'AWS::ECS::Cluster': 'ecs',
  'AWS::ECS::TaskDefinition': 'ecs',
  'AWS::Batch::JobQueue': 'batch',
  'AWS::Batch::JobDefinition': 'batch',
};

function arnOf(type: string, name: string): string {
  switch (type) {
    case 'AWS::Lambda::Function':
    case 'AWS::Serverless::Function':
      return `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`;
    case 'AWS::DynamoDB::Table':
    case 'AWS::Serverless::SimpleTable':
      return `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${name}`;
    case 'AWS::StepFunctions::StateMachine':
    case 'AWS::Serverless::StateMachine':
      return `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:${name}`;
    case 'AWS::StepFunctions::Activity':
      return `arn:aws:states:${REGION}:${ACCOUNT}:activity:${name}`;
    case 'AWS::Events::EventBus':
      return `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/${name}`;
    case 'AWS::S3::Bucket':
      return `arn:aws:s3:::${name.toLowerCase()}`;
    case 'AWS::IAM::Role':
      return `arn:aws:iam::${ACCOUNT}:role/${name}`;
    case 'AWS::ECS::TaskDefinition':
      return `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${name}:1`;
    case 'AWS::ECS::Cluster':
      return `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/${name}`;
    case 'AWS::Batch::JobQueue':
      return `arn:aws:batch:${REGION}:${ACCOUNT}:job-queue/${name}`;
    case 'AWS::Batch::JobDefinition':
      return `arn:aws:batch:${REGION}:${ACCOUNT}:job-definition/${name}:1`;
    default:
      return `arn:aws:${SERVICE_OF_TYPE[type] ?? 'service'}:${REGION}:${ACCOUNT}:${name}`;
  }
}

function refOf(type: string, name: string): string {
  switch (type) {
    case 'AWS::SNS::Topic':
      return `arn:aws:sns:${REGION}:${ACCOUNT}:${name}`;
    case 'AWS::SQS::Queue':
      return `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${name}`;
    case 'AWS::StepFunctions::StateMachine':
    case 'AWS::Serverless::StateMachine':
    case 'AWS::StepFunctions::Activity':
    case 'AWS::ECS::TaskDefinition':
    case 'AWS::Batch::JobQueue':
    case 'AWS::Batch::JobDefinition':
      return arnOf(type, name);
    case 'AWS::S3::Bucket':
      return name.toLowerCase();
    default:
      return name;
  }
}

function primitive(value: JsonValue | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** `Ref name`: a pseudo parameter, a parameter's default, or a resource's reference value. */
export function resolveRef(name: string, scope: TemplateScope): string | undefined {
  if (name in PSEUDO) return PSEUDO[name];
  if (Object.prototype.hasOwnProperty.call(scope.parameters, name)) return primitive(scope.parameters[name]);
  const type = scope.resources[name];
  if (type !== undefined) return refOf(type, (scope.functionPrefix ?? '') + name);
  return undefined;
}

/** `Fn::GetAtt [resource, attribute]`. */
export function resolveGetAtt(resource: string, attribute: string, scope: TemplateScope): string | undefined {
  const type = scope.resources[resource];
  if (type === undefined) return undefined;
  const name = (scope.functionPrefix ?? '') + resource;
  if (attribute === 'Arn' || attribute.endsWith('Arn')) {
    if (type === 'AWS::SQS::Queue' || type === 'AWS::SNS::Topic') return `arn:aws:${SERVICE_OF_TYPE[type]}:${REGION}:${ACCOUNT}:${name}`;
    return arnOf(type, name);
  }
  if (attribute === 'QueueUrl') return refOf('AWS::SQS::Queue', name);
  if (attribute === 'Name' || attribute.endsWith('Name')) return name;
  return name;
}

/** The name of a placeholder in `Fn::Sub`: `Res.Attr` → GetAtt, else Ref. */
export function resolveSubVariable(variable: string, scope: TemplateScope, locals: Record<string, string | undefined>): string | undefined {
  if (Object.prototype.hasOwnProperty.call(locals, variable)) return locals[variable];
  const dot = variable.indexOf('.');
  if (dot > 0 && !variable.startsWith('AWS::')) return resolveGetAtt(variable.slice(0, dot), variable.slice(dot + 1), scope);
  return resolveRef(variable, scope);
}

/** True for `{ Ref: … }` and `{ "Fn::…": … }` objects (exactly one key). */
export function isIntrinsic(value: JsonValue | undefined): value is JsonObject {
  if (!isJsonObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || (keys[0] ?? '').startsWith('Fn::') || keys[0] === 'Condition');
}

/** Evaluates the intrinsics we can stand in for to a string; undefined for the others. */
export function resolveIntrinsic(value: JsonValue | undefined, scope: TemplateScope): string | undefined {
  const direct = primitive(value);
  if (direct !== undefined) return direct;
  if (!isIntrinsic(value)) return undefined;
  const [key] = Object.keys(value) as [string];
  const argument = value[key];
  switch (key) {
    case 'Ref':
      return typeof argument === 'string' ? resolveRef(argument, scope) : undefined;
    case 'Fn::GetAtt': {
      const parts = typeof argument === 'string' ? argument.split('.') : Array.isArray(argument) ? argument : [];
      const [resource, ...attribute] = parts;
      return typeof resource === 'string' && attribute.every((a) => typeof a === 'string') ? resolveGetAtt(resource, attribute.join('.'), scope) : undefined;
    }
    case 'Fn::Sub': {
      const [template, variables] = Array.isArray(argument) ? argument : [argument, undefined];
      if (typeof template !== 'string') return undefined;
      const locals = localVariables(variables, scope);
      let unresolved = false;
      const text = template.replace(/\$\{([^}]*)\}/g, (match, name: string) => {
        if (name.startsWith('!')) return '${' + name.slice(1) + '}';
        const resolved = resolveSubVariable(name.trim(), scope, locals);
        if (resolved === undefined) unresolved = true;
        return resolved ?? match;
      });
      return unresolved ? undefined : text;
    }
    case 'Fn::Join': {
      if (!Array.isArray(argument) || typeof argument[0] !== 'string' || !Array.isArray(argument[1])) return undefined;
      const parts = argument[1].map((part) => resolveIntrinsic(part, scope));
      return parts.every((p) => p !== undefined) ? parts.join(argument[0]) : undefined;
    }
    case 'Fn::ImportValue':
      return typeof argument === 'string' ? argument : undefined;
    case 'Fn::Select': {
      if (!Array.isArray(argument) || !Array.isArray(argument[1])) return undefined;
      return resolveIntrinsic(argument[1][Number(argument[0])], scope);
    }
    default:
      return undefined;
  }
}

/** The variable map of `Fn::Sub [template, {…}]` or DefinitionSubstitutions, resolved where possible. */
export function localVariables(value: JsonValue | undefined, scope: TemplateScope): Record<string, string | undefined> {
  const locals: Record<string, string | undefined> = {};
  if (!isJsonObject(value)) return locals;
  for (const [name, item] of Object.entries(value)) locals[name] = resolveIntrinsic(item, scope);
  return locals;
}
