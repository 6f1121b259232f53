// `npm run train:wording`: fits the PHI wording score on the development corpus
// (tests/corpus/corpus.jsonl; never the holdout) and writes lib/checks/learned/phi-wording-model.ts.
// Run it after changing the corpus or wording-features.ts; a unit test fails until you do.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseCorpus } from '../lib/checks/cli/corpus';
import { renderModelModule, trainingCasesOf } from '../lib/checks/learned/model-module';
import { trainWordingModel } from '../lib/checks/learned/train';

const OUT = 'lib/checks/learned/phi-wording-model.ts';
const cases = parseCorpus(readFileSync('tests/corpus/corpus.jsonl', 'utf8'), 'corpus');
const profile = JSON.parse(readFileSync('tests/corpus/profile.json', 'utf8'));
const model = trainWordingModel(trainingCasesOf(cases), profile);
writeFileSync(OUT, renderModelModule(model, cases.length));
console.log(`${OUT}: ${model.weights.split('\n').length} weights from ${cases.length} cases`);
