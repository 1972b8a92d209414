/**
 * UTF-8 bytes as text, with decoders never used with `{ stream: true }`. In Node, a `TextDecoder`
 * that has once decoded so stays on a path about four times slower, and fflate's `strFromU8` shares
 * one it tries that way when it loads: Tandem's own 200,000-line `Lijnen` sheet (109 MB of XML)
 * took 0.37–0.40 s to decode through it, 0.09–0.10 s through these.
 */
const WHOLE = new TextDecoder();
/** For the pieces after the first: a U+FEFF at the start of one is text, not a byte order mark. */
const PIECE = new TextDecoder('utf-8', { ignoreBOM: true });

export function utf8Text(bytes: Uint8Array): string {
  return WHOLE.decode(bytes);
}

/**
 * The text of UTF-8 bytes, decoded `pieceBytes` at a time with `between` called after each piece
 * (a long sheet takes longer to decode than a progress interval). Pieces end where a character
 * starts, so none is cut in two; the text is the one `utf8Text` gives.
 */
export function utf8TextInPieces(bytes: Uint8Array, pieceBytes: number, between: (done: number) => void): string {
  const pieces: string[] = [];
  let at = 0;
  while (at < bytes.length) {
    const end = pieceEnd(bytes, at, Math.min(bytes.length, at + pieceBytes));
    pieces.push((at === 0 ? WHOLE : PIECE).decode(bytes.subarray(at, end)));
    at = end;
    between(at);
  }
  return pieces.join('');
}

/**
 * `end`, or the nearest place around it where a character starts: up to three bytes before it, or
 * after it when the piece is shorter than the character (a character takes at most four bytes).
 */
function pieceEnd(bytes: Uint8Array, at: number, end: number): number {
  const starts = (e: number) => e === bytes.length || (bytes[e]! & 0xc0) !== 0x80;
  for (let e = end; e > at && e >= end - 3; e--) if (starts(e)) return e;
  for (let e = end + 1; e <= Math.min(bytes.length, end + 3); e++) if (starts(e)) return e;
  // Not UTF-8 there (more continuation bytes than a character has): cut where asked.
  return end;
}
