/** Merkle–Damgård padding with a big-endian bit length (64-byte blocks: 8-byte length; 128: 16-byte). */
export function padBigEndian(message: Uint8Array, blockSize: 64 | 128): Uint8Array {
  const lengthBytes = blockSize === 64 ? 8 : 16;
  const length = message.length;
  const total = Math.ceil((length + 1 + lengthBytes) / blockSize) * blockSize;
  const padded = new Uint8Array(total);
  padded.set(message);
  padded[length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(total - 4, (length * 8) >>> 0);
  view.setUint32(total - 8, Math.floor(length / 0x20000000));
  return padded;
}
