package zhengfa.corpus.draft.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhengfa.corpus.draft.candidate.Candidate;
import zhengfa.corpus.draft.candidate.Evidence;
import zhengfa.corpus.draft.candidate.FieldDraft;
import zhengfa.corpus.draft.layout.Structure;
import zhengfa.corpus.draft.page.Line;

/**
 * The genre and the interviewees: an interview is a page with question-and-answer turns or a
 * headline announcing one (访/专访 X); its interviewees are the speakers who answer, or the person
 * the headline names, each with the role printed before their name. Any other page is drafted as a
 * report, the default a curator refines.
 */
public final class InterviewExtractor {

    private static final Pattern INTERVIEW_HEADLINE = Pattern.compile(
            "(?:专访|專訪|访|訪)(?<role>[\\p{IsHan}、]+?(?:书记|書記|常委|主任|局长|局長|厅长|廳長|院长|院長|检察长|檢察長|部长|部長|省长|省長|市长|市長|县长|縣長|主席))"
                    + "(?<name>\\p{IsHan}{2,3})$");
    private static final Pattern ROLE_TAIL =
            Pattern.compile("(?:书记|書記|常委|主任|局长|局長|厅长|廳長|院长|院長|检察长|檢察長|部长|部長|省长|省長|市长|市長|县长|縣長|州长|州長|主席|委员|委員|会长|會長)$");
    private static final Pattern ROLE_LEAD_IN =
            Pattern.compile("^(?:——|—|--)?(?:专访了|專訪了|采访了|採訪了|专访|專訪|采访|採訪|访问|訪問|访|訪|对|對|就|了)");

    public record Result(FieldDraft<String> genre, List<Candidate<Interviewee>> interviewees) {}

    /** @param heads the headline and subheadline lines */
    public Result extract(Structure structure, List<Line> heads) {
        List<Line> headAndLead = new ArrayList<>(heads);
        headAndLead.addAll(structure.lead());
        List<Candidate<Interviewee>> people = new ArrayList<>();
        for (String name : structure.answerers()) {
            Optional<String[]> role = role(headAndLead, name);
            Line evidence = headAndLead.isEmpty() ? null : headAndLead.get(0);
            people.add(new Candidate<>(
                    new Interviewee(name, role.map(r -> r[0]).orElse(null)),
                    0.9,
                    new Evidence(
                            evidence == null ? 1 : evidence.number(),
                            role.map(r -> r[1]).orElse(name + ":")),
                    "the speaker who answers the questions"));
        }
        if (people.isEmpty()) {
            for (Line line : heads) {
                Matcher m = INTERVIEW_HEADLINE.matcher(line.text());
                if (m.find()) {
                    people.add(new Candidate<>(
                            new Interviewee(m.group("name"), m.group("role")),
                            0.8,
                            new Evidence(line.number(), line.text()),
                            "the person the headline says was interviewed"));
                    break;
                }
            }
        }
        boolean interview = structure.isInterview() || !people.isEmpty();
        String genre = interview ? "interview" : "report";
        String why = structure.isInterview()
                ? structure.turns().stream().filter(Structure.Turn::question).count() + " question-and-answer turns"
                : interview
                        ? "the headline announces an interview (访/专访)"
                        : "no question-and-answer turns; report is the default: news, feature or commentary may fit better";
        return new Result(
                new FieldDraft.Drafted<>(
                        new Candidate<>(genre, interview ? 0.9 : 0.6, new Evidence(1, why), why),
                        interview ? 0.9 : 0.6,
                        List.of()),
                List.copyOf(people));
    }

    /** A role printed right before the name in the headline, subheadline or lead: {role, passage}. */
    private static Optional<String[]> role(List<Line> lines, String name) {
        for (Line line : lines) {
            String s = line.text();
            for (int at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + 1)) {
                int from = at;
                while (from > 0
                        && ":,。!?;“”\"《》()\uFF1A\uFF0C\uFF01\uFF1F\uFF1B\uFF08\uFF09".indexOf(s.charAt(from - 1)) < 0) {
                    from--;
                }
                String role = ROLE_LEAD_IN
                        .matcher(s.substring(from, at))
                        .replaceFirst("")
                        .strip();
                if (ROLE_TAIL.matcher(role).find() && role.length() >= 2) {
                    return Optional.of(new String[] {role, s.substring(from, at + name.length())});
                }
            }
        }
        return Optional.empty();
    }
}
