// compromise: sentences, terms, places, people and organizations for every
// document of a JSON Lines corpus. Prints JSON like wink.js.
'use strict';
const fs = require('fs');
const t0 = process.hrtime.bigint();
const nlp = require('compromise');
const load = Number(process.hrtime.bigint() - t0) / 1e9;
const docs = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean)
  .map(function (l) { return JSON.parse(l).text; });
let bytes = 0, sentences = 0, tokens = 0, entities = 0;
const t1 = process.hrtime.bigint();
for (const text of docs) {
  bytes += Buffer.byteLength(text);
  const doc = nlp(text);
  sentences += doc.sentences().length;
  tokens += doc.terms().length;
  entities += doc.places().length + doc.people().length + doc.organizations().length;
}
const secs = Number(process.hrtime.bigint() - t1) / 1e9;
console.log(JSON.stringify({peer: 'compromise 14.17.0', load_s: load, seconds: secs, bytes: bytes,
                            sentences: sentences, tokens: tokens, entities: entities}));
