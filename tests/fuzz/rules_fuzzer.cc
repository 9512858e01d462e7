// Rule-file parsers: the first byte picks the file the rest becomes; the
// pipeline is built over an in-memory rules folder. Errors are fine;
// crashes, hangs and leaks are not.
#include <cstddef>
#include <cstdint>
#include <string>

#include "pipeline/env.h"
#include "engine/lexicon.h"
#include "casus/pipeline_factory.h"
#include "engine/token_pattern.h"
#include "engine/word_classes.h"

namespace {

const char* const kFiles[] = {
    "rules/claims/f.rules",  "rules/entities/f.gaz", "rules/entities/f.pat",
    "rules/lexicon/f.lex",   "rules/abbreviations.txt",
    "rules/normalize/concepts.txt", "rules/normalize/lemmas.txt",
    "rules/normalize/references.txt", "rules/normalize/capitals.txt",
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1 || size > (16 << 10)) return 0;
  std::string body(reinterpret_cast<const char*>(data) + 1, size - 1);
  size_t pick = data[0] % (sizeof kFiles / sizeof kFiles[0] + 1);
  if (pick == sizeof kFiles / sizeof kFiles[0]) {
    casus::LexiconBuilder lex;
    (void)casus::TokenPattern::Compile(body, &lex);
    return 0;
  }
  casus::MemEnv env;
  env.AddFile("rules/abbreviations.txt", "title Dr.\nstarter The\n");
  // Every word class the code reads, so a fuzzed file can reach the stages.
  std::string classes;
  for (const casus::WordClassInfo& c : casus::RequiredWordClasses()) {
    classes += "class " + std::string(c.name) + "\n  w" + std::string(c.name) + "\n";
  }
  env.AddFile("rules/lexicon/grammar.lex", "class det\n  the a\nclass prep\n  of in\n");
  env.AddFile("rules/lexicon/required.lex", classes);
  env.AddFile("wn/index.verb", "lead v 1 1 @ 1 0 00000001  \n");
  env.AddFile("wn/verb.exc", "led lead\n");
  env.AddFile("wn/index.adj", "");
  env.AddFile("wn/index.adv", "");
  env.AddFile("wn/index.noun", "lead n 1 1 @ 1 0 00000002  \n");
  env.AddFile(kFiles[pick], body);
  casus::BuildOptions o;
  o.rules_dir = "rules";
  o.wordnet_dir = "wn";
  auto p = casus::BuildPipeline(o, &env);
  if (p.ok()) {
    casus::Document doc = casus::Document::FromText("f", "The leader led Dr. Smith in.");
    (void)p->pipeline->Process(&doc);
  }
  return 0;
}
