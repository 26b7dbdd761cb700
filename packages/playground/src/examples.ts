/** Definitions to start from, each with an input and (where tasks run) a Step Functions Local mock file. */
export interface Example {
  id: string;
  title: string;
  definition: string;
  input: string;
  /** A Step Functions Local mock configuration (the `MockConfigFile.json` format). */
  mockConfig?: string;
  testCase?: string;
}

/** The state machine name the mock files are keyed by. */
export const MACHINE_NAME = 'Playground';

const json = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';

const LAMBDA = 'arn:aws:states:::lambda:invoke';

export const EXAMPLES: Example[] = [
  {
    id: 'hello-world',
    title: 'Hello world',
    definition: json({
      Comment: 'A first state machine: a Pass state that greets, a Choice, and two ends.',
      StartAt: 'Greet',
      States: {
        Greet: { Type: 'Pass', Parameters: { 'greeting.$': "States.Format('Hello, {}!', $.name)", 'name.$': '$.name' }, Next: 'IsWorld' },
        IsWorld: {
          Type: 'Choice',
          Choices: [{ Variable: '$.name', StringEquals: 'world', Next: 'Done' }],
          Default: 'Unknown',
        },
        Unknown: { Type: 'Fail', Error: 'UnknownName', Cause: 'Only the world is greeted here.' },
        Done: { Type: 'Succeed' },
      },
    }),
    input: json({ name: 'world' }),
  },
  {
    id: 'retry-catch',
    title: 'Retry and catch',
    definition: json({
      Comment: 'A Lambda task that is retried on throttling and caught when it keeps failing.',
      StartAt: 'ChargeCard',
      States: {
        ChargeCard: {
          Type: 'Task',
          Resource: LAMBDA,
          Parameters: { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:charge', 'Payload.$': '$' },
          ResultSelector: { 'receipt.$': '$.Payload' },
          Retry: [
            { ErrorEquals: ['Lambda.TooManyRequestsException', 'Lambda.ServiceException', 'Lambda.SdkClientException'], IntervalSeconds: 1, MaxAttempts: 2, BackoffRate: 2 },
          ],
          Catch: [{ ErrorEquals: ['Lambda.TooManyRequestsException', 'States.TaskFailed'], ResultPath: '$.failure', Next: 'NotifyFailure' }],
          Next: 'Charged',
        },
        NotifyFailure: { Type: 'Pass', Result: 'card declined', ResultPath: '$.status', Next: 'Declined' },
        Declined: { Type: 'Fail', Error: 'PaymentFailed', Cause: 'The card could not be charged.' },
        Charged: { Type: 'Succeed' },
      },
    }),
    input: json({ orderId: 42, amount: 19.99 }),
    mockConfig: json({
      StateMachines: {
        [MACHINE_NAME]: {
          TestCases: {
            ThrottledThenOk: { ChargeCard: 'ThrottledOnce' },
            AlwaysFails: { ChargeCard: 'Declined' },
          },
        },
      },
      MockedResponses: {
        ThrottledOnce: {
          '0': { Throw: { Error: 'Lambda.TooManyRequestsException', Cause: 'Rate exceeded' } },
          '1': { Return: { StatusCode: 200, Payload: { charged: true, id: 'ch_1' } } },
        },
        Declined: {
          '0-2': { Throw: { Error: 'Lambda.TooManyRequestsException', Cause: 'Rate exceeded' } },
        },
      },
    }),
    testCase: 'ThrottledThenOk',
  },
  {
    id: 'jsonata-variables',
    title: 'JSONata with variables',
    definition: json({
      Comment: 'JSONata expressions and variables: Assign keeps values for later states.',
      QueryLanguage: 'JSONata',
      StartAt: 'Prepare',
      States: {
        Prepare: {
          Type: 'Pass',
          Assign: { customer: '{% $states.input.customer %}', threshold: 100 },
          Output: { lines: '{% $states.input.lines %}' },
          Next: 'Total',
        },
        Total: {
          Type: 'Pass',
          Assign: { total: '{% $sum($states.input.lines.(price * quantity)) %}' },
          Next: 'IsLarge',
        },
        IsLarge: {
          Type: 'Choice',
          Choices: [{ Condition: '{% $total > $threshold %}', Next: 'LargeOrder' }],
          Default: 'SmallOrder',
        },
        LargeOrder: { Type: 'Pass', Output: { customer: '{% $customer %}', total: '{% $total %}', review: true }, End: true },
        SmallOrder: { Type: 'Pass', Output: { customer: '{% $customer %}', total: '{% $total %}', review: false }, End: true },
      },
    }),
    input: json({ customer: 'ana', lines: [{ price: 40, quantity: 2 }, { price: 25, quantity: 1 }] }),
  },
  {
    id: 'distributed-map',
    title: 'Distributed Map',
    definition: json({
      Comment: 'A distributed Map over the items of the input, one child workflow per item.',
      StartAt: 'ProcessOrders',
      States: {
        ProcessOrders: {
          Type: 'Map',
          ItemsPath: '$.orders',
          MaxConcurrency: 10,
          ItemProcessor: {
            ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' },
            StartAt: 'Validate',
            States: {
              Validate: {
                Type: 'Choice',
                Choices: [{ Variable: '$.quantity', NumericGreaterThan: 0, Next: 'Ship' }],
                Default: 'Skip',
              },
              Ship: { Type: 'Pass', Parameters: { 'id.$': '$.id', shipped: true }, End: true },
              Skip: { Type: 'Pass', Parameters: { 'id.$': '$.id', shipped: false }, End: true },
            },
          },
          ResultPath: '$.results',
          Next: 'Summarize',
        },
        Summarize: { Type: 'Pass', Parameters: { 'shipped.$': '$.results[?(@.shipped == true)].id' }, End: true },
      },
    }),
    input: json({ orders: [{ id: 'a', quantity: 2 }, { id: 'b', quantity: 0 }, { id: 'c', quantity: 5 }] }),
  },
];
