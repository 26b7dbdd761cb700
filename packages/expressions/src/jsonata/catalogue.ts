import type { JsonataFunctionInfo } from '../types.js';

/** [name, JSONata signature, one-line description]. Built-ins of jsonata 2.0.6. */
const BUILT_INS: [string, string, string][] = [
  ['sum', '<a<n>:n>', 'Sum of an array of numbers.'],
  ['count', '<a:n>', 'Number of items in an array.'],
  ['max', '<a<n>:n>', 'Largest number in an array.'],
  ['min', '<a<n>:n>', 'Smallest number in an array.'],
  ['average', '<a<n>:n>', 'Mean of an array of numbers.'],
  ['string', '<x-b?:s>', 'Casts a value to a string (JSON for objects/arrays; prettified if the flag is true).'],
  ['substring', '<s-nn?:s>', 'Substring from a start position, optionally of a given length.'],
  ['substringBefore', '<s-s:s>', 'The part of a string before the first occurrence of chars.'],
  ['substringAfter', '<s-s:s>', 'The part of a string after the first occurrence of chars.'],
  ['lowercase', '<s-:s>', 'Lower-cases a string.'],
  ['uppercase', '<s-:s>', 'Upper-cases a string.'],
  ['length', '<s-:n>', 'Number of characters in a string.'],
  ['trim', '<s-:s>', 'Normalizes and trims whitespace.'],
  ['pad', '<s-ns?:s>', 'Pads a string to a width (negative pads on the left).'],
  ['match', '<s-f<s:o>n?:a<o>>', 'Regular-expression matches in a string.'],
  ['contains', '<s-(sf):b>', 'Whether a string contains a substring or matches a regex.'],
  ['replace', '<s-(sf)(sf)n?:s>', 'Replaces occurrences of a pattern.'],
  ['split', '<s-(sf)n?:a<s>>', 'Splits a string on a separator or regex.'],
  ['join', '<a<s>s?:s>', 'Joins an array of strings with an optional separator.'],
  ['formatNumber', '<n-so?:s>', 'Formats a number with a decimal picture string.'],
  ['formatBase', '<n-n?:s>', 'Formats a number in another radix.'],
  ['formatInteger', '<n-s:s>', 'Formats an integer with an XPath picture string.'],
  ['parseInteger', '<s-s:n>', 'Parses an integer with an XPath picture string.'],
  ['number', '<(nsb)-:n>', 'Casts a value to a number.'],
  ['floor', '<n-:n>', 'Rounds down.'],
  ['ceil', '<n-:n>', 'Rounds up.'],
  ['round', '<n-n?:n>', "Rounds half to even to a number of decimal places."],
  ['abs', '<n-:n>', 'Absolute value.'],
  ['sqrt', '<n-:n>', 'Square root.'],
  ['power', '<n-n:n>', 'Base raised to an exponent.'],
  ['boolean', '<x-:b>', 'Casts a value to a Boolean.'],
  ['not', '<x-:b>', 'Boolean negation.'],
  ['map', '<af>', 'Applies a function to every item of an array.'],
  ['zip', '<a+>', 'Convolves arrays into an array of tuples.'],
  ['filter', '<af>', 'Items of an array for which a predicate is true.'],
  ['single', '<af?>', 'The one item that satisfies a predicate (error otherwise).'],
  ['reduce', '<afj?:j>', 'Folds an array with a function and optional initial value.'],
  ['sift', '<o-f?:o>', 'Key/value pairs of an object for which a predicate is true.'],
  ['keys', '<x-:a<s>>', 'Keys of an object (or of the objects in an array).'],
  ['lookup', '<x-s:x>', 'Value of a key in an object (or objects).'],
  ['append', '<xx:a>', 'Concatenates two values into an array.'],
  ['exists', '<x:b>', 'Whether an expression evaluates to a value.'],
  ['spread', '<x-:a<o>>', 'Splits an object into an array of single-key objects.'],
  ['merge', '<a<o>:o>', 'Merges an array of objects into one.'],
  ['reverse', '<a:a>', 'Reverses an array.'],
  ['each', '<o-f:a>', 'Applies a function to every key/value pair of an object.'],
  ['error', '<s?:x>', 'Raises an error with a message.'],
  ['assert', '<bs?:x>', 'Raises an error when a condition is false.'],
  ['type', '<x:s>', 'The type of a value.'],
  ['sort', '<af?:a>', 'Sorts an array, optionally with a comparator.'],
  ['shuffle', '<a:a>', 'Shuffles an array.'],
  ['distinct', '<x:x>', 'Removes duplicate values from an array.'],
  ['base64encode', '<s-:s>', 'Base64 of a string.'],
  ['base64decode', '<s-:s>', 'Decodes a base64 string.'],
  ['encodeUrlComponent', '<s-:s>', 'Percent-encodes a URL component.'],
  ['encodeUrl', '<s-:s>', 'Percent-encodes a URL.'],
  ['decodeUrlComponent', '<s-:s>', 'Decodes a percent-encoded URL component.'],
  ['decodeUrl', '<s-:s>', 'Decodes a percent-encoded URL.'],
  ['toMillis', '<s-s?:n>', 'Milliseconds since the epoch of an ISO 8601 (or pictured) timestamp.'],
  ['fromMillis', '<n-s?s?:s>', 'Formats epoch milliseconds as a timestamp.'],
  ['clone', '<(oa)-:o>', 'A deep copy of a value.'],
  ['now', '<s?s?:s>', 'The current time as an ISO 8601 timestamp (same for the whole evaluation).'],
  ['millis', '<:n>', 'The current time in epoch milliseconds.'],
  ['eval', '<sx?:x>', 'Unavailable in Step Functions.'],
];

/** AWS's additions to JSONata in Step Functions. `$random` replaces the built-in one (optional seed). */
const AWS_FUNCTIONS: [string, string, string][] = [
  ['partition', '<an:a>', 'Splits an array into chunks of a given size.'],
  ['range', '<nnn:a>', 'Numbers from start to end (inclusive) by step.'],
  ['hash', '<ss:s>', "Hex digest of a string with 'MD5', 'SHA-1', 'SHA-256', 'SHA-384' or 'SHA-512'."],
  ['random', '<n?:n>', 'A random number in [0, 1); reproducible when a seed is given.'],
  ['uuid', '<:s>', 'A random version 4 UUID.'],
  ['parse', '<s:x>', 'Parses a JSON string into a value.'],
];

/** Minimum and maximum argument counts of a JSONata signature such as `<s-nn?:s>`. */
export function arityOfSignature(signature: string): { min: number; max: number | null } {
  const params = signature.slice(1, signature.indexOf(':') === -1 ? -1 : signature.lastIndexOf(':'));
  let min = 0;
  let max: number | null = 0;
  let i = 0;
  while (i < params.length) {
    const ch = params[i];
    if (ch === '(') {
      i = params.indexOf(')', i) + 1;
    } else {
      i++;
      if (params[i] === '<') {
        let depth = 0;
        for (; i < params.length; i++) {
          if (params[i] === '<') depth++;
          else if (params[i] === '>' && --depth === 0) {
            i++;
            break;
          }
        }
      }
    }
    let optional = false;
    let many = false;
    while (params[i] === '?' || params[i] === '+' || params[i] === '-') {
      if (params[i] === '?' || params[i] === '-') optional = true;
      if (params[i] === '+') many = true;
      i++;
    }
    if (!optional) min++;
    max = many || max === null ? null : max + 1;
  }
  return { min, max };
}

function entry([name, signature, description]: [string, string, string], aws: boolean): JsonataFunctionInfo {
  const { min, max } = arityOfSignature(signature);
  return { name: `$${name}`, signature: `$${name}${signature}`, description, minArgs: min, maxArgs: max, aws };
}

/** JSONata 2.0.6 built-ins plus AWS's additions, with signatures and one-line docs. */
export const JSONATA_FUNCTIONS: readonly JsonataFunctionInfo[] = [
  ...BUILT_INS.filter(([name]) => name !== 'random').map((item) => entry(item, false)),
  ...AWS_FUNCTIONS.map((item) => entry(item, true)),
];

const BY_NAME = new Map(JSONATA_FUNCTIONS.map((fn) => [fn.name, fn]));

export function findJsonataFunction(name: string): JsonataFunctionInfo | undefined {
  return BY_NAME.get(name.startsWith('$') ? name : `$${name}`);
}
