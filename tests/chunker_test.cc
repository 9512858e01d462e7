// The chunker's slots (engine/chunker.h) on single sentences, with exact
// spans: each behaviour with a counter-example that must stay as it was.
#include "engine/chunker.h"

#include <optional>
#include <string>

#include "gtest/gtest.h"
#include "tests/test_util.h"

namespace casus {
namespace {

// One sentence tagged (entities too, as the claim stage sees it), with a
// Chunker over it and no trigger marks.
class Chunked {
 public:
  explicit Chunked(const std::string& text) : doc_(testing::Process(text, "entities")) {
    const BuiltPipeline& built = testing::SharedBuilt("entities");
    uint32_t end = doc_.sentences.empty() ? 0 : doc_.sentences[0].token_end;
    ch_.emplace(doc_, *built.rules->lexicon(), built.rules->classes(), 0, end, nullptr);
  }
  // The index of the n-th token whose text is `word`.
  uint32_t At(std::string_view word, int n = 0) const {
    for (uint32_t i = 0; i < doc_.tokens.size(); ++i) {
      if (doc_.TokenText(i) == word && n-- == 0) return i;
    }
    ADD_FAILURE() << "no token '" << word << "'";
    return 0;
  }
  std::string Text(TokenRange r) const {
    if (r.empty()) return "";
    return std::string(doc_.Text(doc_.TokenSpan(r.begin, r.end)));
  }
  const Chunker& ch() const { return *ch_; }

 private:
  Document doc_;
  std::optional<Chunker> ch_;
};

std::string SubjectOf(const std::string& text, std::string_view verb, int n = 0) {
  Chunked c(text);
  return c.Text(c.ch().Subject(c.At(verb, n)));
}

TEST(ChunkerSubject, CoordinatedVerbPhrasesShareTheSubject) {
  EXPECT_EQ(SubjectOf("It lowered revenues and raised costs.", "raised"), "It");
  EXPECT_EQ(SubjectOf("We must continue to support and strengthen the United Nations.",
                      "strengthen"),
            "We");
  EXPECT_EQ(SubjectOf("Responsible members of the world community do not threaten or "
                      "intimidate their neighbors.",
                      "intimidate"),
            "Responsible members of the world community");
  // A list of verb phrases: the subject of the first.
  EXPECT_EQ(SubjectOf("We must strengthen our partnerships, maintain our alliances and "
                      "make the United Nations more effective.",
                      "make"),
            "We");
  // A relative clause's verb phrases: its antecedent.
  EXPECT_EQ(SubjectOf("They built a reserve that will protect the market and protect the "
                      "consumer.",
                      "protect", 1),
            "a reserve");
}

// The infinitive after a control verb has that verb's subject, through a
// chain of them and over auxiliaries; after another verb it does not.
TEST(ChunkerSubject, AnInfinitiveAfterAControlVerbTakesItsSubject) {
  EXPECT_EQ(SubjectOf("As we tried to protect beneficiaries from inflation, costs rose.", "to"),
            "we");
  EXPECT_EQ(SubjectOf("We have worked to bring the deficit down.", "bring"), "We");
  EXPECT_EQ(SubjectOf("It will continue to work to move the dialogue forward.", "move"), "It");
  EXPECT_EQ(SubjectOf("The new agency has sought to reduce delays.", "reduce"),
            "The new agency");
  // Counter-example: "voted" is no control verb; the clause stays.
  EXPECT_EQ(SubjectOf("Congress voted to cut the tax.", "cut"), "Congress voted");
}

TEST(ChunkerSubject, VerbPhrasesOfASerialCommaListShareTheSubject) {
  const std::string text =
      "These programs will improve complaint handling, provide better information, enhance "
      "participation, and assure that the consumer is heard.";
  EXPECT_EQ(SubjectOf(text, "provide"), "These programs");
  EXPECT_EQ(SubjectOf(text, "enhance"), "These programs");
  EXPECT_EQ(SubjectOf(text, "assure"), "These programs");
  // Counter-examples: a participle between commas with no closing "and"
  // plus verb is no list item; an imperative "let" joins the imperative
  // before it, not its verb.
  EXPECT_EQ(SubjectOf("The talks, held in Geneva, ended the war.", "ended"), "The talks");
  EXPECT_EQ(SubjectOf("Let us debate the issues, but let every man weigh his words.", "let"),
            "");
}

TEST(ChunkerSubject, ARelativePronounsAntecedentIsANounPhrase) {
  EXPECT_EQ(SubjectOf("We recommend closing some loopholes that let people avoid tax.", "let"),
            "some loopholes");
  EXPECT_EQ(SubjectOf("They act by establishing a reserve that will protect the market.",
                      "protect"),
            "a reserve");
  // Counter-examples: a participle inside the noun phrase stays.
  EXPECT_EQ(SubjectOf("We face the growing deficits that threaten the economy.", "threaten"),
            "the growing deficits");
  EXPECT_EQ(SubjectOf("We face rising prices that hurt families.", "hurt"), "rising prices");
}

TEST(ChunkerSubject, AnImperativeLetStaysOut) {
  EXPECT_EQ(SubjectOf("Let us ensure that prices fall.", "ensure"), "us");
  EXPECT_EQ(SubjectOf("And let us build a stronger economy.", "build"), "us");
  EXPECT_EQ(SubjectOf("Let the markets decide.", "decide"), "the markets");
  // Counter-example: "let" as the verb of a clause with its own subject.
  EXPECT_EQ(SubjectOf("They let the markets decide.", "decide"), "They let the markets");
}

TEST(ChunkerSubject, AListedMeansHasNoSubjectOfItsOwn) {
  // "by A-ing, B-ing, C-ing": the items are the main clause actor's means.
  const std::string text =
      "We have brought new growth by investing in our people, expanding our exports, "
      "cutting our deficits.";
  EXPECT_EQ(SubjectOf(text, "expanding"), "");
  EXPECT_EQ(SubjectOf(text, "cutting"), "");
  EXPECT_EQ(SubjectOf("We grew through lowering tariffs, opening markets.", "opening"), "");
  // Counter-examples: a list after a noun, not a gerund, after "through";
  // a gerund list with no "by" before it.
  EXPECT_NE(SubjectOf("We grew through reform, opening markets.", "opening"), "");
  EXPECT_NE(SubjectOf("Rising prices, falling wages, fuelling unrest.", "fuelling"), "");
}

// The span from `from` up to `to` (exclusive) after CutToRelativeSubject.
std::string RelativeCut(const std::string& text, std::string_view from, std::string_view to) {
  Chunked c(text);
  return c.Text(c.ch().CutToRelativeSubject({c.At(from), c.At(to)}));
}

TEST(ChunkerSubject, ARelativeClausesSubjectEndingTheSpan) {
  EXPECT_EQ(RelativeCut("They hold positions from which we and our allies can strike.",
                        "positions", "can"),
            "we and our allies");
  EXPECT_EQ(RelativeCut("I asked for ways in which these surpluses may be used.", "ways", "may"),
            "these surpluses");
  // Counter-examples: the relative clause's verb inside the span; no
  // preposition before "which".
  EXPECT_EQ(RelativeCut("the extent to which prices rise fuels anger.", "the", "fuels"),
            "the extent to which prices rise");
  EXPECT_EQ(RelativeCut("the reform which the voters can block.", "the", "can"),
            "the reform which the voters");
}

TEST(ChunkerSubject, ALeadingDiscourseAdverbBeforeANounPhraseIsCut) {
  auto trim = [](const std::string& text, std::string_view from, std::string_view to) {
    Chunked c(text);
    return c.Text(c.ch().TrimSpan({c.At(from), c.At(to)}));
  };
  EXPECT_EQ(trim("Thereby each of us can help.", "Thereby", "can"), "each of us");
  EXPECT_EQ(trim("Thus the reform can help.", "Thus", "can"), "the reform");
  EXPECT_EQ(trim("Only a limited number of actions can help.", "Only", "can"),
            "a limited number of actions");
  EXPECT_EQ(trim("Tonight Colombia can help.", "Tonight", "can"), "Colombia");
  EXPECT_EQ(trim("Summer floods can help.", "Summer", "can"), "Summer floods");
  // Counter-example: before a bare noun the adverb may be the phrase's own.
  EXPECT_EQ(trim("Then prices can rise.", "Then", "can"), "Then prices");
}

TEST(ChunkerSubject, AParticipleOfResultAfterAnActiveClauseTakesItsSubject) {
  EXPECT_EQ(SubjectOf("Corruption of this kind undermines public trust, increasing anger.",
                      "increasing"),
            "Corruption of this kind");
  EXPECT_EQ(SubjectOf("It pushed migrants onto routes controlled by smugglers, increasing the "
                      "risk of kidnapping.",
                      "increasing"),
            "It");
  EXPECT_EQ(SubjectOf("Aircraft flew more than 35,000 sorties, greatly diminishing the "
                      "usefulness of the lanes.",
                      "diminishing"),
            "Aircraft");
  // Counter-examples: after a passive or intransitive clause, the clause.
  EXPECT_EQ(SubjectOf("The plant was destroyed in March, increasing the risk.", "increasing"),
            "The plant was destroyed in March");
  EXPECT_EQ(SubjectOf("The stockpile had grown more than tenfold, increasing the risk.",
                      "increasing"),
            "The stockpile had grown more than tenfold");
}

TEST(ChunkerClause, AListOfNounPhrasesAfterACommaGoesOn) {
  auto clause = [](const std::string& text, std::string_view from) {
    Chunked c(text);
    return c.Text(c.ch().ClauseRight(c.At(from)));
  };
  EXPECT_EQ(clause("It ensures that the view is heard in all programs, policies, and rules.",
                   "the"),
            "the view is heard in all programs, policies, and rules");
  // Counter-example: clauses after the comma are another clause's.
  EXPECT_EQ(clause("It ensures that prices fall, wages rise, and jobs grow.", "prices"),
            "prices fall");
}

TEST(ChunkerSubject, AParticipleWithItsAgentModifiesTheNounBefore) {
  EXPECT_EQ(SubjectOf("We have made the adjustments in personnel permitted by the end of the war.",
                      "permitted"),
            "the adjustments in personnel");
  // Counter-example: after an auxiliary the participle is the clause's verb.
  EXPECT_EQ(SubjectOf("The unrest was driven by prices.", "driven"), "The unrest");
}

TEST(ChunkerSubject, CoordinatedSubjectsStay) {
  // Counter-examples: the conjunction joins noun phrases, not verb phrases.
  EXPECT_EQ(SubjectOf("The recession and the end of inflation withered the wage base.",
                      "withered"),
            "The recession and the end of inflation");
  EXPECT_EQ(SubjectOf("Poverty and corruption fuel unrest.", "fuel"), "Poverty and corruption");
}

// The clause before `verb`, with `cut` applied (a leading adjunct, a
// reporting clause).
std::string ClauseLeftCut(const std::string& text, std::string_view verb,
                          TokenRange (Chunker::*cut)(TokenRange) const) {
  Chunked c(text);
  return c.Text((c.ch().*cut)(c.ch().ClauseLeft(c.At(verb))));
}

std::string LeadCut(const std::string& text, std::string_view verb) {
  return ClauseLeftCut(text, verb, &Chunker::CutLeadingAdjunct);
}

TEST(ChunkerLeadingAdjunct, TimeAndPlaceBeforeTheNounPhraseAreCut) {
  EXPECT_EQ(LeadCut("In 1944 aircraft of the Air Force sank enemy shipping.", "sank"),
            "aircraft of the Air Force");
  EXPECT_EQ(LeadCut("On August 14 the governors met.", "met"), "the governors");
  EXPECT_EQ(LeadCut("In the late 1950's workers at the plant struck.", "struck"),
            "workers at the plant");
  EXPECT_EQ(LeadCut("In 1947 and 1948 the need for recovery grew.", "grew"),
            "the need for recovery");
  EXPECT_EQ(LeadCut("In the month of August last the Sioux rose.", "rose"), "the Sioux");
  EXPECT_EQ(LeadCut("During the past year the United States grew.", "grew"), "the United States");
  EXPECT_EQ(LeadCut("In Western Europe our policy has worked.", "has"), "our policy");
}

TEST(ChunkerLeadingAdjunct, NounPhrasesOfTimeAndPlacesInsideStay) {
  // Counter-examples: no preposition (the time phrase is the head), a time
  // phrase going on with "of" (left whole: telling its end needs a parse),
  // a place that is no adjunct.
  EXPECT_EQ(LeadCut("Years of war have left the country poor.", "have"), "Years of war");
  EXPECT_EQ(LeadCut("The decades of conflict ruined the economy.", "ruined"),
            "The decades of conflict");
  EXPECT_EQ(LeadCut("In the years of the war prices rose.", "rose"),
            "In the years of the war prices");
  EXPECT_EQ(LeadCut("Investment in Western Europe has grown.", "has"),
            "Investment in Western Europe");
}

std::string NpAt(const std::string& text, std::string_view word) {
  Chunked c(text);
  return c.Text(c.ch().NpRight(c.At(word)));
}

TEST(ChunkerNounPhrase, ListsAfterACommaAreOnePhrase) {
  EXPECT_EQ(NpAt("It caused road blocks, intimidation and missing ballot papers.", "road"),
            "road blocks, intimidation and missing ballot papers");
  EXPECT_EQ(NpAt("It threatens our coast, harbors, and inland seas.", "our"),
            "our coast, harbors, and inland seas");
  // Items may carry an "of" phrase.
  EXPECT_EQ(NpAt("It followed the end of the war, the buildup of our allies and the "
                 "introduction of new weapons.",
                 "the"),
            "the end of the war, the buildup of our allies and the introduction of new weapons");
}

TEST(ChunkerNounPhrase, APostposedModifierBetweenCommasThenAPhrase) {
  EXPECT_EQ(NpAt("It will deter the outbreak of war, conventional or nuclear, in Europe.", "the"),
            "the outbreak of war, conventional or nuclear, in Europe");
  // Counter-examples: no phrase after the second comma; a clause.
  EXPECT_EQ(NpAt("It will deter the outbreak of war, conventional or nuclear, and we know it.",
                 "the"),
            "the outbreak of war");
  EXPECT_EQ(NpAt("It will deter war, clearly, as we know.", "war"), "war");
}

TEST(ChunkerNounPhrase, AQuantifierEndingAPhraseIsItsHead) {
  EXPECT_EQ(NpAt("It will enlarge the hopes of all, while it lasts.", "the"), "the hopes of all");
  EXPECT_EQ(NpAt("It will enlarge the hopes of all Americans.", "the"),
            "the hopes of all Americans");
}

TEST(ChunkerTime, ABareTimePhraseAfterAHeadIsCut) {
  auto cut = [](const std::string& text, std::string_view from, std::string_view to) {
    Chunked c(text);
    uint32_t e = c.At(to) + 1;
    return c.Text(c.ch().CutTimeAdjuncts({c.At(from), e}));
  };
  EXPECT_EQ(cut("It allows further tax reductions this year.", "further", "year"),
            "further tax reductions");
  EXPECT_EQ(cut("It helps the economy tonight.", "the", "tonight"), "the economy");
  // A weekday after a time preposition, as news reports date events.
  EXPECT_EQ(cut("He was upset by the incident at the rally on Monday.", "the", "Monday"),
            "the incident at the rally");
  // Counter-examples: a time phrase after "of" or alone is the phrase.
  EXPECT_EQ(cut("It marks the end of the year.", "the", "year"), "the end of the year");
  EXPECT_EQ(cut("It marks this year.", "this", "year"), "this year");
}

TEST(ChunkerNounPhrase, AtJoinsThePhraseReadRightward) {
  EXPECT_EQ(NpAt("Drug money feeds corruption at every level of government.", "corruption"),
            "corruption at every level of government");
}

TEST(ChunkerNounPhrase, AsAfterSuchOrAVerbOfRegardingStays) {
  EXPECT_EQ(NpAt("They raised such issues as energy and food.", "such"),
            "such issues as energy and food");
  EXPECT_EQ(NpAt("They treat the programme as a bargaining chip.", "the"),
            "the programme as a bargaining chip");
  // Counter-example: "as" after another verb's object starts a clause.
  EXPECT_EQ(NpAt("They cut the budget as prices rose.", "the"), "the budget");
}

TEST(ChunkerNounPhrase, ARepeatedPrepositionJoinsAfterAConjunction) {
  EXPECT_EQ(NpAt("They face protests in the capital and in the north.", "protests"),
            "protests in the capital and in the north");
  // Counter-example: another preposition after the conjunction does not.
  EXPECT_EQ(NpAt("They face protests in the capital and near the border.", "protests"),
            "protests in the capital");
}

TEST(ChunkerNounPhrase, ModifiersSeparatedByACommaAreOnePhrase) {
  EXPECT_EQ(NpAt("They fought a long, costly war.", "a"), "a long, costly war");
  EXPECT_EQ(NpAt("They need well-equipped, well-trained forces.", "well"),
            "well-equipped, well-trained forces");
  // Counter-example: a comma after a noun ends the phrase.
  EXPECT_EQ(NpAt("They want peace, enduring calm.", "peace"), "peace");
}

TEST(ChunkerNounPhrase, ClausesAndTwoItemsAfterACommaStayOut) {
  // Counter-examples: a clause after the list's last item, two items with
  // a comma (most often two clauses), an aside.
  EXPECT_EQ(NpAt("It raised taxes, tariffs and prices rose.", "taxes"), "taxes");
  EXPECT_EQ(NpAt("It brought a flood of weapons, and the return of fighters from Libya "
                 "followed.",
                 "a"),
            "a flood of weapons");
  EXPECT_EQ(NpAt("It brought weapons, and fighters.", "weapons"), "weapons");
  EXPECT_EQ(NpAt("It hurt farmers, who protested.", "farmers"), "farmers");
  EXPECT_EQ(NpAt("They forced a timetable for elections, closing borders and freezing "
                 "state assets.",
                 "a"),
            "a timetable for elections");
}

std::string WithComplementAt(const std::string& text, std::string_view word) {
  Chunked c(text);
  return c.Text(c.ch().WithComplement(c.ch().NpRight(c.At(word))));
}

TEST(ChunkerComplement, AnEffectKeepsItsRestrictiveComplement) {
  EXPECT_EQ(WithComplementAt("It helps the 36 million Americans who depend on it.", "the"),
            "the 36 million Americans who depend on it");
  EXPECT_EQ(WithComplementAt("It raised the number of plants that can burn coal.", "the"),
            "the number of plants that can burn coal");
  EXPECT_EQ(WithComplementAt("It strengthens their capacity to help themselves.", "their"),
            "their capacity to help themselves");
}

TEST(ChunkerComplement, AsidesAndClausesStayOut) {
  // Counter-examples: a relative clause after a comma (an aside), "that"
  // as a determiner.
  EXPECT_EQ(WithComplementAt("It helps farmers, who protest.", "farmers"), "farmers");
  EXPECT_EQ(WithComplementAt("It gave the farmers that money.", "the"), "the farmers");
}

std::string ReportCut(const std::string& text, std::string_view verb) {
  return ClauseLeftCut(text, verb, &Chunker::CutReportingClause);
}

TEST(ChunkerReportingClause, TheClauseOfSayingOrBelievingIsCut) {
  EXPECT_EQ(ReportCut("Party chief Vijay Goel said Chief Minister Kejriwal failed.", "failed"),
            "Chief Minister Kejriwal");
  EXPECT_EQ(ReportCut("I believe our tax cuts helped.", "helped"), "our tax cuts");
  EXPECT_EQ(ReportCut("Mr. Clark believes firmly that hard foods helped.", "helped"),
            "hard foods");
}

TEST(ChunkerReportingClause, VerbsThatTakeAnObjectStay) {
  // Counter-examples: a participle after an auxiliary or before a
  // preposition, a verb of @report_verb outside @clause_report.
  EXPECT_EQ(ReportCut("Spending has been held below revenues since 1990 and helped.", "helped"),
            "Spending has been held below revenues since 1990 and");
  EXPECT_EQ(ReportCut("The conferences held in May helped.", "helped"),
            "The conferences held in May");
  EXPECT_EQ(ReportCut("We maintain our alliances and helped.", "helped"),
            "We maintain our alliances and");
}

// The span from `word` to the sentence's last word, leading connectives cut.
std::string ConnectiveCut(const std::string& text, std::string_view word) {
  Chunked c(text);
  const uint32_t b = c.At(word);
  return c.Text(c.ch().CutLeadingConnective({b, c.ch().end() - 1}));
}

TEST(ChunkerLeadingConnective, ConjunctionsAndAComplementizerAreCut) {
  EXPECT_EQ(ConnectiveCut("Prices rose, and wages fell.", "and"), "wages fell");
  EXPECT_EQ(ConnectiveCut("Projections show that a loss of ice is coming.", "that"),
            "a loss of ice is coming");
  // Counter-example: a relative "that" before a verb stays (no determiner
  // follows), and a span is never emptied.
  EXPECT_EQ(ConnectiveCut("The rules that limit fishing hurt.", "that"), "that limit fishing hurt");
  EXPECT_EQ(ConnectiveCut("It rose and.", "and"), "and");
}

std::string PurposeCauseAt(const std::string& text, std::string_view to, int n) {
  Chunked c(text);
  return c.Text(c.ch().PurposeCause(c.At(to, n)));
}

TEST(ChunkerPurpose, AParticipleOnANounOfPurposeIsNoAction) {
  EXPECT_EQ(PurposeCauseAt("We welcome the efforts being made by many nations to achieve peace.",
                           "to", 0),
            "");
  // Counter-example: a participle on another noun is the action.
  EXPECT_EQ(PurposeCauseAt("The troops were moved by the allies to protect the border.", "to", 0),
            "moved by the allies");
}

TEST(ChunkerPurpose, APronounSubjectOfAReducedRelativeClauseIsTheNouns) {
  EXPECT_EQ(PurposeCauseAt("We need the strength we need to win the war.", "to", 0),
            "the strength");
  // Counter-example: a pronoun that opens the clause is the subject.
  EXPECT_EQ(PurposeCauseAt("Now we need to win the war.", "to", 0), "we");
}

TEST(ChunkerPurpose, TheActionOfAClauseAfterAFrontedPurpose) {
  auto action = [](const std::string& text, std::string_view from) {
    Chunked c(text);
    uint32_t e = c.At(".");
    return c.Text(c.ch().ActionOf({c.At(from), e}));
  };
  EXPECT_EQ(action("To win, we need immediate action to cut imports.", "we"),
            "immediate action to cut imports");
  EXPECT_EQ(action("To win, the Congress must act in this session.", "the"),
            "act in this session");
  EXPECT_EQ(action("To win, we are helping to write rules.", "we"), "helping to write rules");
  EXPECT_EQ(action("To win, good education is fundamental.", "good"), "good education");
  EXPECT_EQ(action("To win, we will propose that taxes be cut.", "we"), "taxes be cut");
}

TEST(ChunkerPurpose, ASeriesOfPurposesSharesTheFirstCause) {
  const std::string s =
      "Congress must expand the program to protect Israel's security, to stimulate "
      "the Palestinian economy, and to support our friends in Jordan.";
  EXPECT_EQ(PurposeCauseAt(s, "to", 0), "expand the program");
  EXPECT_EQ(PurposeCauseAt(s, "to", 1), "expand the program");
  EXPECT_EQ(PurposeCauseAt(s, "to", 2), "expand the program");
  // A verb that puts a measure in place gives its object, for each purpose.
  const std::string t =
      "Congress must implement the agreement to protect Israel's security and to stimulate "
      "the Palestinian economy.";
  EXPECT_EQ(PurposeCauseAt(t, "to", 0), "the agreement");
  EXPECT_EQ(PurposeCauseAt(t, "to", 1), "the agreement");
}

TEST(ChunkerPurpose, APutInPlaceObjectEndsBeforeAPlace) {
  // The object ends before "at", a place, as before "to", a destination.
  EXPECT_EQ(PurposeCauseAt("Kenya stationed 500 police at the crossing to curb smuggling.", "to",
                           0),
            "500 police");
}

TEST(ChunkerPurpose, AnAdjectiveAfterTheObjectAndCommaModifiers) {
  EXPECT_EQ(PurposeCauseAt("NATO stationed a brigade strong enough to meet any attack.", "to", 0),
            "a brigade");
  EXPECT_EQ(PurposeCauseAt("They deployed modernized, intermediate-range forces to deter attacks.",
                           "to", 0),
            "modernized, intermediate-range forces");
}

TEST(ChunkerPurpose, AComplementBeforeTheCommaIsNoSeries) {
  // Counter-examples: the first "to" completes a verb ("need to cut"), so
  // the later purpose keeps its own verb phrase; a clause between.
  EXPECT_EQ(PurposeCauseAt("We need to cut taxes, to create jobs.", "to", 1), "cut taxes");
  // With "and" and no comma the second "to" is the verb's second
  // complement: no purpose, no cause.
  EXPECT_EQ(PurposeCauseAt("We need to cut taxes and to create jobs.", "to", 1), "");
  // "build" puts its object in place: the cause is "roads", not the first
  // purpose's.
  EXPECT_EQ(PurposeCauseAt("They sent troops to guard the border, which let them build "
                           "roads, to protect villages.",
                           "to", 1),
            "roads");
}

}  // namespace
}  // namespace casus
