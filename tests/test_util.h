// Helpers shared by the tests: the bundled rules, a pipeline over them, and
// readable views of a processed document.
#ifndef CASUS_TESTS_TEST_UTIL_H_
#define CASUS_TESTS_TEST_UTIL_H_

#include <string>
#include <vector>

#include "pipeline/document.h"
#include "casus/pipeline_factory.h"
#include "pipeline/pipeline.h"

namespace casus::testing {

// The repository's rules/ folder and corpora/ folder.
std::string RulesDir();
std::string CorporaDir();
// ../shared next to the repository, or "" when it is absent (a user's fresh
// clone): tests that need it call GTEST_SKIP().
std::string SharedDir();

// A pipeline over the bundled rules (compiled once) up to `last_stage` (""
// = all); built once per stage name and shared.
const BuiltPipeline& SharedBuilt(const std::string& last_stage = "");
const Pipeline& SharedPipeline(const std::string& last_stage = "");

// Runs SharedPipeline(last_stage) on text.
Document Process(const std::string& text, const std::string& last_stage = "");

std::vector<std::string> TokenTexts(const Document& doc);
// Each sentence's text, halves around a skip joined by " ".
std::vector<std::string> SentenceTexts(const Document& doc);

std::string ReadFileOrDie(const std::string& path);

}  // namespace casus::testing

#endif  // CASUS_TESTS_TEST_UTIL_H_
