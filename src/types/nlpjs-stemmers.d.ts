// The nlp.js Snowball stemmers ship without types. Tandem runs their Snowball program directly
// (`setCurrent`, `innerStem`, `getCurrent`): `stemWord` adds a memo of its own on top of ours.
interface NlpjsStemmer {
  stemWord(word: string): string;
  setCurrent(word: string): void;
  innerStem(): boolean;
  getCurrent(): string;
  dictionary: { before: Record<string, string>; after: Record<string, string> };
}
declare module '@nlpjs/lang-nl/src/stemmer-nl' {
  const StemmerNl: new () => NlpjsStemmer;
  export = StemmerNl;
}
declare module '@nlpjs/lang-fr/src/stemmer-fr' {
  const StemmerFr: new () => NlpjsStemmer;
  export = StemmerFr;
}
declare module '@nlpjs/lang-en-min/src/stemmer-en' {
  const StemmerEn: new () => NlpjsStemmer;
  export = StemmerEn;
}
