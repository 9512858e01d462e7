// A rule file with each kind of mistake: FILE:LINE:COLUMN error, `casus
// rules check` exit status 2, never a crash.
#include <algorithm>
#include <filesystem>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/cli_util.h"
#include "tests/test_util.h"

namespace casus {
namespace {

namespace fs = std::filesystem;


struct Case {
  const char* name;
  const char* file;
  std::string contents;
  std::string error;  // after "casus: ROOT/"
};

TEST(RuleErrors, EachMistakeNamesFileLineColumn) {
  const Case cases[] = {
      {"unknown entity type", "entities/x.gaz", "type PLANET\nmars: Mars\n",
       "entities/x.gaz:1:6: unknown type 'PLANET' (COUNTRY, CITY, REGION, "
       "ORGANIZATION, PERSON, ISSUE, EVENT or NONE)"},
      {"bad country norm", "entities/x.gaz", "type COUNTRY\nIran: Iran\n",
       "entities/x.gaz:2:1: bad norm 'Iran': expected an ISO alpha-3 code (three "
       "capitals)"},
      {"bad snake norm", "entities/x.gaz", "type CITY\nNew York: New York\n",
       "entities/x.gaz:2:1: bad norm 'New York': expected snake_case ASCII"},
      {"duplicate alias", "entities/x.gaz", "type CITY\nmoscow_x: Moscow\n",
       "entities/x.gaz:2:11: duplicate alias 'Moscow' mapped to two norms"},
      {"issue outside the list", "entities/x.gaz",
       "type ISSUE\nnorms: terrorism\nfraud: fraud\n",
       "entities/x.gaz:3:1: norm 'fraud' is not in this type's norms: list"},
      {"malformed entity pattern", "entities/x.pat",
       "pattern p ORGANIZATION: [CAP+ (of CAP\n",
       "entities/x.pat:1:31: unclosed '('"},
      {"unknown part of speech", "entities/x.pat",
       "pattern p ORGANIZATION: %NOUNS CAP\n",
       "entities/x.pat:1:25: unknown part of speech %NOUNS"},
      {"unknown class in pattern", "entities/x.pat",
       "pattern p ORGANIZATION: @nosuchclass CAP\n",
       "entities/x.pat:1:25: unknown word class @nosuchclass"},
      {"conjunct without capture", "entities/x.pat",
       "conjunct c PERSON: <PERSON> and CAP\n",
       "entities/x.pat:1:19: a conjunct pattern needs a [capture]: the joined name"},
      {"misspelt pattern keyword", "entities/x.pat", "conjunkt c PERSON: CAP\n",
       "entities/x.pat:1:1: expected 'pattern ID TYPE: PATTERN', 'conjunct ID TYPE: "
       "PATTERN', 'joint: PATTERN' or 'example ...'"},
      {"broken joint", "entities/x.pat", "joint: (and\n",
       "entities/x.pat:1:8: unclosed '('"},
      {"claim rule without trigger", "claims/x.rules",
       "rule r\n  match: because of\n  cause: np_right\n  effect: clause_left\n",
       "claims/x.rules:2:9: the pattern needs a [trigger: ...] capture"},
      {"unknown slot", "claims/x.rules",
       "rule r\n  match: [trigger: because]\n  cause: somewhere\n  effect: clause_left\n",
       "claims/x.rules:3:10: unknown slot 'somewhere'"},
      {"unknown key", "claims/x.rules", "rule r\n  colour: red\n",
       "claims/x.rules:2:3: unknown key 'colour'"},
      {"duplicate rule id", "claims/x.rules",
       "rule verb.cause\n  match: [trigger: x]\n  cause: np_left\n  effect: np_right\n",
       "claims/x.rules:1:6: rule 'verb.cause' already defined"},
      {"bad lexicon", "lexicon/x.lex", "  orphan words\n",
       "lexicon/x.lex:1:3: words before any 'class NAME' line"},
      {"invalid UTF-8", "lexicon/x.lex", "class x\n  caf\xE9\n",
       "lexicon/x.lex:2:6: invalid UTF-8"},
      {"reference without a count", "normalize/references.txt",
       "# refs\nCOUNTRY: the two country\n",
       "normalize/references.txt:2:1: expected 'TYPE COUNT: phrase | phrase' (COUNTRY 2: "
       "the two country)"},
      {"capital without arrow", "normalize/capitals.txt", "tehran IRN\n",
       "normalize/capitals.txt:1:1: expected 'city_norm => COUNTRY_NORM'"},
      {"abbreviation without period", "abbreviations.txt", "title Dr\n",
       "abbreviations.txt:1:7: abbreviation 'Dr' must end with a period"},
      {"concept with an unknown parent", "concepts/x.concepts",
       "concept famine_x \"famine\" < nowhere_x\n  words famine x\n",
       "concepts/x.concepts:1:29: unknown parent concept 'nowhere_x'"},
      {"phrase naming two concepts", "concepts/x.concepts",
       "concept war_x \"war\" < security\n  words war\n",
       "concepts/x.concepts:2:9: phrase 'war' already names a concept at "},
      {"anchor WordNet lacks", "concepts/x.concepts",
       "concept x_c \"x\" < security\n  wordnet zzqx.n.01\n",
       "concepts/x.concepts:2:11: WordNet has no noun synset 'zzqx.n.01'"},
      {"concept field misspelt", "concepts/x.concepts",
       "concept x_c \"x\" < security\n  wrods x\n",
       "concepts/x.concepts:2:3: unknown field 'wrods' (words, wordnet or example)"},
      {"empty phrase between bars", "concepts/x.concepts",
       "concept x_c \"x\" < security\n  words zzqa | | zzqb\n",
       "concepts/x.concepts:2:15: empty phrase"},
      {"words without phrases", "concepts/x.concepts",
       "concept x_c \"x\" < security\n  words\n",
       "concepts/x.concepts:2:8: empty phrase"},
      {"empty word in a grounding list", "concepts/grounding.txt", "up: rise | | soar\n",
       "concepts/grounding.txt:1:11: empty word"},
      {"grounding line without a section", "concepts/grounding.txt", "sideways: drift\n",
       "concepts/grounding.txt:1:1: expected 'up:', 'down:', 'through:', 'refer:', "
       "'pronoun TARGET NUMBER:', 'actor TYPE:' or 'hubs:'"},
      {"pronoun rule with an unknown number", "concepts/grounding.txt",
       "pronoun subject few: it\n", "concepts/grounding.txt:1:17: unknown number 'few'"},
      {"pronoun rule with an unknown target", "concepts/grounding.txt",
       "pronoun object one: it\n",
       "concepts/grounding.txt:1:9: unknown target 'object' (subject, cause or effect)"},
      {"hubs naming no concept", "concepts/grounding.txt", "hubs: zzq_nothing\n",
       "concepts/grounding.txt:1:7: unknown concept 'zzq_nothing'"},
  };
  for (const Case& c : cases) {
    RulesCopy rules;
    rules.Put(c.file, c.contents);
    CliResult r = RunCasus({"rules", "check", rules.root()});
    EXPECT_EQ(r.status, 2) << c.name << "\n" << r.err;
    EXPECT_THAT(r.err, ::testing::StartsWith("casus: " + rules.root() + "/" + c.error))
        << c.name;
    // That error alone: nothing it breaks is reported again.
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << c.name << "\n" << r.err;
  }
}

// Every error is reported, not only the first: each broken line of each
// file, in load order (abbreviations, lexicon, gazetteers, patterns, claim
// rules, normalization), and the lines after a broken one are still read.
// Lines a broken header makes meaningless (a class's words, a rule's
// properties, a type's entries) are skipped, not reported again.
TEST(RuleErrors, EveryErrorIsReported) {
  RulesCopy rules;
  rules.Put("lexicon/x.lex",
            "class x_one\n  alpha\nClass x_two\n  beta gamma\nclass x_three\n  delta\n"
            "class x_four verbz\n  lead\n");
  rules.Put("entities/x.gaz", "type PLANET\nmars: Mars\ntype CITY\nx_city: Xcity\nBad Norm: Y\n");
  // @x_two is not reported unknown: the broken lexicon line may be what
  // defines it.
  rules.Put("entities/x.pat",
            "pattern p ORGANIZATION: @x_one @x_two @x_four CAP\npattern q NOPE: CAP\n"
            "pattern r ORGANIZATION: [CAP+ (of CAP\n");
  rules.Put("claims/x.rules",
            "rule a\n  match: [trigger: zzq]\n  colour: red\n  cause: nowhere\n"
            "  effect: np_right\nrule b c\n  nonsense here\nrule d\n  cause: np_left\n");
  CliResult r = RunCasus({"rules", "check", rules.root()});
  EXPECT_EQ(r.status, 2);
  std::string root = rules.root();
  EXPECT_EQ(r.err,
            "casus: " + root + "/lexicon/x.lex:3:1: expected 'class NAME' or an indented word list\n"
            "casus: " + root + "/lexicon/x.lex:7:14: unknown class modifier 'verbz' (only 'verbs': "
            "list lemmas, get every form)\n"
            "casus: " + root + "/entities/x.gaz:1:6: unknown type 'PLANET' (COUNTRY, CITY, REGION, "
            "ORGANIZATION, PERSON, ISSUE, EVENT or NONE)\n"
            "casus: " + root + "/entities/x.gaz:5:1: bad norm 'Bad Norm': expected snake_case ASCII\n"
            "casus: " + root + "/entities/x.pat:2:11: unknown type 'NOPE'\n"
            "casus: " + root + "/entities/x.pat:3:31: unclosed '('\n"
            "casus: " + root + "/claims/x.rules:3:3: unknown key 'colour' (match, unless, cause, "
            "effect, relation, modality, priority, example, counter)\n"
            "casus: " + root + "/claims/x.rules:4:10: unknown slot 'nowhere' (np_left, np_right, "
            "subject, clause_left, clause_right, comma_clause, comma_purpose, purpose)\n"
            "casus: " + root + "/claims/x.rules:6:6: a rule id is one word\n"
            "casus: " + root + "/claims/x.rules:8:1: rule d has no 'match:'\n");
  // Loading for any other command reports the same.
  CliResult ex = RunCasus({"extract", "--rules", root, "-"}, "");
  EXPECT_EQ(ex.status, 2);
  EXPECT_EQ(ex.err, r.err);
}

// An alias with no tokens is refused each time it appears; a repeat is not
// taken for a known alias (it once read past the alias table: rules_fuzzer).
TEST(RuleErrors, EmptyAliasRepeated) {
  RulesCopy rules;
  rules.Put("entities/x.gaz", "type CITY\nx_a: !\nx_b: !\n");
  CliResult r = RunCasus({"rules", "check", rules.root()});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "casus: " + rules.root() + "/entities/x.gaz:2:6: empty alias\n"
                   "casus: " + rules.root() + "/entities/x.gaz:3:6: empty alias\n");
}

// A file that is not UTF-8 is reported and left out; the others are still
// checked, and the classes it may have defined are not reported missing.
TEST(RuleErrors, BadFileDoesNotStopTheOthers) {
  RulesCopy rules;
  rules.Put("lexicon/x.lex", "class x_one\n  caf\xE9\n");
  rules.Put("entities/x.pat", "pattern p ORGANIZATION: @x_one CAP\npattern q NOPE: CAP\n");
  CliResult r = RunCasus({"rules", "check", rules.root()});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "casus: " + rules.root() + "/lexicon/x.lex:2:6: invalid UTF-8\n"
                   "casus: " + rules.root() + "/entities/x.pat:2:11: unknown type 'NOPE'\n");
}

// Removing a word class the code reads makes the rules fail to compile,
// naming the class and its file (engine/word_classes.h).
TEST(RuleErrors, MissingWordClassIsNamed) {
  RulesCopy rules;
  std::string grammar = testing::ReadFileOrDie(rules.root() + "/lexicon/grammar.lex");
  size_t at = grammar.find("class time_prep");
  ASSERT_NE(at, std::string::npos);
  grammar.replace(at, std::string("class time_prep").size(), "class time_prep_renamed");
  rules.Put("lexicon/grammar.lex", grammar);
  CliResult r = RunCasus({"rules", "check", rules.root()});
  EXPECT_EQ(r.status, 2);
  EXPECT_THAT(r.err, ::testing::HasSubstr(
                         "rules/lexicon/grammar.lex: word class 'time_prep' is missing; the code "
                         "reads it (prepositions of trailing time adjuncts)"));
}

}  // namespace
}  // namespace casus
