package zhengfa.corpus.draft.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import zhengfa.corpus.draft.candidate.Candidate;
import zhengfa.corpus.draft.candidate.Decision;
import zhengfa.corpus.draft.candidate.Evidence;
import zhengfa.corpus.draft.candidate.FieldDraft;
import zhengfa.corpus.draft.forms.CreditForms;
import zhengfa.corpus.draft.forms.FurnitureWords;
import zhengfa.corpus.draft.layout.LineShape;
import zhengfa.corpus.draft.layout.PageLines;

/**
 * Reporters (with authors and correspondents) and editors from the page's credits. A credit counts
 * where credits stand: on a short line of its own, at the head of the lead (本报讯 (记者 X)), in
 * brackets closing a paragraph ((记者X 实习生Y)), or at the foot. A role word inside a sentence
 * (记者从公安部获悉) names nobody. Every name must have a known surname; a photographer is never a
 * reporter. All credits above the threshold contribute their names, in the order printed.
 */
public final class CreditExtractor {

    static final double CREDIT_LINE = 0.9;
    static final double LEAD_CREDIT = 0.85;
    static final double IN_PROSE = 0.3;
    static final double AFFILIATED = 0.65;

    /**
     * @param creditLines the 0-based indexes of the lines holding a reporter's or editor's credit
     * @param outlets     the outlets printed with a credit (法治日报 in 法治日报记者 X), with their lines
     */
    public record Result(
            FieldDraft<List<String>> reporters,
            FieldDraft<List<String>> editors,
            Set<Integer> creditLines,
            List<Candidate<String>> outlets) {}

    public Result extract(PageLines lines, UnaryOperator<String> fold) {
        List<Candidate<List<String>>> reporters = new ArrayList<>();
        List<Candidate<List<String>>> editors = new ArrayList<>();
        List<Candidate<String>> outlets = new ArrayList<>();
        Set<Integer> creditLines = new HashSet<>();
        for (LineShape shape : lines.all()) {
            if (shape.spam().isSpam()
                    || shape.words()
                                    .filter(k -> k != FurnitureWords.Kind.FOOTER)
                                    .isPresent()
                            && shape.length() > 40) {
                continue;
            }
            for (CreditForms.Credit credit : CreditForms.find(shape.plain(), fold)) {
                if (credit.role() == CreditForms.Role.PHOTOGRAPHER) {
                    continue;
                }
                double score = score(shape, credit);
                Evidence evidence = new Evidence(
                        shape.number(),
                        shape.plain().substring(credit.start(), credit.end()).strip());
                Candidate<List<String>> candidate = new Candidate<>(credit.names(), score, evidence, describe(credit));
                (credit.role() == CreditForms.Role.EDITOR ? editors : reporters).add(candidate);
                if (score >= Decision.DEFAULT.threshold()) {
                    creditLines.add(shape.line().index());
                    if (credit.outlet() != null) {
                        outlets.add(new Candidate<>(credit.outlet(), score, evidence, "the outlet of the credit"));
                    }
                }
            }
        }
        authorAboveAffiliation(lines, fold).ifPresent(c -> {
            reporters.add(c);
            creditLines.add(c.evidence().line() - 1);
        });
        return new Result(
                union(reporters, "reporters"),
                union(editors, "editors"),
                Set.copyOf(creditLines),
                List.copyOf(outlets));
    }

    private static final java.util.regex.Pattern AFFILIATION =
            java.util.regex.Pattern.compile("大学|大學|学院|學院|研究|教授|院长|院長|研究员|研究員|中心|法院|检察院|檢察院|律师|律師|警官|学者|學者");

    /** A paper's author: a name alone on a line, its affiliation on the next (四川大学法学院教授), above the body's first paragraphs. */
    private static java.util.Optional<Candidate<List<String>>> authorAboveAffiliation(
            PageLines lines, UnaryOperator<String> fold) {
        List<LineShape> all = lines.all();
        int limit = Math.min(all.size() - 1, lines.firstProse() + 8);
        for (int i = 0; i < limit; i++) {
            String name = all.get(i).plain().strip();
            LineShape next = all.get(i + 1);
            if (name.matches("\\p{IsHan}{2,4}")
                    && zhengfa.corpus.draft.forms.ChineseNames.isName(fold.apply(name))
                    && next.length() <= 60
                    && AFFILIATION.matcher(next.plain()).find()) {
                return java.util.Optional.of(new Candidate<>(
                        List.of(name),
                        AFFILIATED,
                        new Evidence(all.get(i).number(), name),
                        "a name alone on a line above its affiliation"));
            }
        }
        return java.util.Optional.empty();
    }

    private static double score(LineShape shape, CreditForms.Credit credit) {
        if (credit.form() == CreditForms.Form.AFFILIATED || credit.form() == CreditForms.Form.AFTER_TIMESTAMP) {
            return AFFILIATED;
        }
        String line = shape.plain();
        boolean ownLine = !shape.prose() || shape.length() <= 40;
        // the credit opens the line (本报讯 (记者 X)…), not a clause after 会上, or 据…
        boolean leadsLine =
                credit.start() <= 8 && !line.substring(0, credit.start()).matches(".*[,，。;；:：].*");
        boolean bracketed = credit.start() > 0 && "(（【[".indexOf(line.charAt(Math.max(0, credit.start() - 1))) >= 0
                || line.substring(0, credit.start()).matches(".*[(（]\\s*$");
        // (记者X) closing the paragraph, perhaps before another bracketed credit and a table's bar: (记者X) (编辑:Y) |
        boolean closesParagraph = bracketed
                && line.substring(credit.end())
                        .matches("^\\s*[)）]\\s*(?:[(（][^()（）]{1,24}[)）]\\s*)*[。]?\\s*[|｜]?\\s*$");
        boolean afterDateline =
                bracketed && line.substring(0, credit.start()).matches(".*[日\\p{IsHan}][电電讯訊]\\s*[(（]\\s*$");
        // the credit in the bracket after the outlet or desk that opens the lead: 某某网(记者 X)…, 某某网某地讯(某某网记者X)
        String before = line.substring(0, credit.start());
        boolean opensLead = before.matches("^[\\s【\\[]*\\p{IsHan}{2,20}(?:报|報|网|網|社|台|客户端|客戶端|新闻|新聞)"
                        + "(?:\\p{IsHan}{2,4}(?:讯|訊|消息))?\\s*[(（][^()（）]{0,12}$")
                // 本报讯 辽沈晚报、聊沈客户端记者X报道: the credit right after the desk that opens the lead
                || before.matches("^[\\s【\\[]*\\p{IsHan}{0,20}(?:讯|訊)】?[\\s(（]*"
                        + "(?:\\p{IsHan}{2,10}(?:报|報|网|網|社|台|客户端|客戶端|新闻|新聞)[、·\\s]*)*$");
        if (ownLine
                || opensLead
                || credit.form() == CreditForms.Form.AGENCY_DATELINE
                || credit.form() == CreditForms.Form.PLACE_REPORTED
                || credit.form() == CreditForms.Form.AFTER_DATELINE
                || credit.form() == CreditForms.Form.OUTLET_SLASH) {
            return CREDIT_LINE;
        }
        if (leadsLine || closesParagraph || afterDateline) {
            return LEAD_CREDIT;
        }
        return IN_PROSE;
    }

    private static String describe(CreditForms.Credit credit) {
        return switch (credit.form()) {
            case ROLE -> "a credit (记者/通讯员)";
            case AGENCY_DATELINE -> "an agency's credit and dateline";
            case PLACE_REPORTED -> "a reporter's credit and the place reported from (記者X台北報導)";
            case AFTER_DATELINE -> "names after a filing dateline";
            case AUTHOR_LABEL -> "an author's credit (作者/文)";
            case SIGNED -> "a signature line";
            case AFFILIATED -> "a name with an affiliation on its own line";
            case AFTER_TIMESTAMP -> "a name run into the page's timestamp";
            case EDITOR_LABEL -> "an editor's credit";
            case CLOSING_NAMES -> "names in brackets closing the last paragraph";
            case OUTLET_SLASH -> "an outlet's reporters (X/names 報導)";
            case PHOTO -> "a photo credit";
        };
    }

    /** The names of every credit that passes the threshold, in order; the rest are shown as candidates. */
    private static FieldDraft<List<String>> union(List<Candidate<List<String>>> credits, String what) {
        Set<String> names = new LinkedHashSet<>();
        Candidate<List<String>> first = null;
        double confidence = 0;
        for (Candidate<List<String>> c : credits) {
            if (c.score() >= Decision.DEFAULT.threshold()) {
                // the same person credited twice (at the head and the foot), perhaps once with a padding space
                for (String name : c.value()) {
                    if (names.stream().noneMatch(n -> n.replaceAll("\\s", "").equals(name.replaceAll("\\s", "")))) {
                        names.add(name);
                    }
                }
                first = first == null ? c : first;
                confidence = Math.max(confidence, c.score());
            }
        }
        if (first == null) {
            return new FieldDraft.Blank<>(
                    credits.isEmpty()
                            ? "no " + what + " are credited"
                            : "the only credits stand inside sentences: check them",
                    credits);
        }
        Candidate<List<String>> all = new Candidate<>(List.copyOf(names), confidence, first.evidence(), first.rule());
        return new FieldDraft.Drafted<>(all, confidence, credits);
    }
}
