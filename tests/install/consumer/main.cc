// Processes one sentence with an installed Casus: argv[1] is the rules folder.
#include <cstdio>

#include "casus/casus.h"

int main(int argc, char** argv) {
  casus::ExtractorOptions options;
  if (argc > 1) options.rules_dir = argv[1];
  auto nlp = casus::Extractor::Create(options);
  if (!nlp.ok()) {
    std::fprintf(stderr, "%s\n", std::string(nlp.status().message()).c_str());
    return 1;
  }
  casus::Extraction x = (*nlp)->Process("Sanctions fuelled inflation in Iran.");
  for (const casus::ExtractedClaim& c : x.claims) {
    std::printf("%s|%s|%s|%s\n", c.cause.text.c_str(), c.trigger.text.c_str(), c.effect.text.c_str(),
                c.relation.c_str());
  }
  return x.claims.empty() ? 1 : 0;
}
