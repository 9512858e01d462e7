// wink-nlp with wink-eng-lite-web-model: sentences, tokens and entities for
// every document of a JSON Lines corpus. Prints JSON: load and processing
// seconds, bytes, counts.
'use strict';
const fs = require('fs');
const t0 = process.hrtime.bigint();
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model);
const its = nlp.its;
const load = Number(process.hrtime.bigint() - t0) / 1e9;
const docs = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean)
  .map(function (l) { return JSON.parse(l).text; });
let bytes = 0, sentences = 0, tokens = 0, entities = 0;
const t1 = process.hrtime.bigint();
for (const text of docs) {
  bytes += Buffer.byteLength(text);
  const doc = nlp.readDoc(text);
  sentences += doc.sentences().length();
  tokens += doc.tokens().length();
  entities += doc.entities().out(its.value).length;
}
const secs = Number(process.hrtime.bigint() - t1) / 1e9;
console.log(JSON.stringify({peer: 'wink-nlp 2.4.0', load_s: load, seconds: secs, bytes: bytes,
                            sentences: sentences, tokens: tokens, entities: entities}));
