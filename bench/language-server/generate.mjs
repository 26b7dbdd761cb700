// A large, valid definition for the benchmarks: `count` states (Tasks with payloads and catchers,
// a Choice every 50 states, a Map every 100), padded with comments to just under `targetBytes`
// (AWS's limit is 1,048,576 characters).
export function largeDefinition(count = 2000, targetBytes = 1024 * 1024 - 4096) {
  const bare = build(count, 0);
  return build(count, Math.max(0, Math.floor((targetBytes - bare.length) / count)));
}

function build(count, padding) {
  const states = {};
  const name = (i) => `Step${String(i).padStart(4, '0')}`;
  for (let i = 0; i < count; i++) {
    const next = i + 1 < count ? name(i + 1) : 'Done';
    const comment = `State ${i} of the generated order pipeline. ` + 'x'.repeat(padding);
    if (i % 50 === 25) {
      states[name(i)] = {
        Type: 'Choice',
        Comment: comment,
        Choices: [
          { Variable: '$.order.total', NumericGreaterThan: i, Next: next },
          { And: [{ Variable: '$.order.express', BooleanEquals: true }, { Variable: '$.order.country', StringEquals: 'DE' }], Next: next },
        ],
        Default: next,
      };
    } else if (i % 100 === 60) {
      states[name(i)] = {
        Type: 'Map',
        Comment: comment,
        ItemsPath: '$.order.items',
        ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: `Item${i}`, States: { [`Item${i}`]: { Type: 'Pass', End: true } } },
        ResultPath: '$.items',
        Next: next,
      };
    } else {
      states[name(i)] = {
        Type: 'Task',
        Comment: comment,
        Resource: 'arn:aws:states:::sqs:sendMessage',
        Parameters: { QueueUrl: 'https://sqs.eu-west-1.amazonaws.com/123456789012/orders', 'MessageBody.$': '$.order' },
        ResultPath: `$.results.s${i}`,
        Catch: [{ ErrorEquals: ['States.TaskFailed'], Next: 'Failed' }],
        Next: next,
      };
    }
  }
  states.Done = { Type: 'Succeed' };
  states.Failed = { Type: 'Fail', Error: 'PipelineFailed', Cause: 'A step failed' };
  return JSON.stringify({ Comment: 'Generated benchmark machine', StartAt: name(0), States: states }, null, 1);
}
