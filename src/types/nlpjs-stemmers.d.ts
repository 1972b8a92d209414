// The nlp.js Snowball stemmers ship without types; only their constructors and `stemWord` are used.
interface NlpjsStemmer {
  stemWord(word: string): string;
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
