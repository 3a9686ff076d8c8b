package zhengfa.corpus.draft.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhengfa.corpus.draft.page.Line;

/**
 * The body's own structure: interview turns from speaker labels (a question is the interviewer's
 * line; an answer runs from a line labelled by anyone else to the next question, heading or
 * credit), section headings (short lines between paragraphs) and the lead.
 */
public final class StructureReader {

    public static final String RULES_VERSION = "2";

    /** A speaker label at the start of a line: a name or 记者, then a colon. */
    public static final Pattern SPEAKER = Pattern.compile("^(?<speaker>\\p{IsHan}{1,5})[:：]");

    private static final Set<String> INTERVIEWER_LABELS = Set.of("记者", "記者", "问", "問", "本报记者", "本報記者", "主持人");
    private static final int SECTION_HEADING_MAX = 24;

    /** The turns, section headings and lead of the body, given the lines that are metadata and the furniture. */
    public record Body(List<Structure.Turn> turns, List<Line> sectionHeadings, List<Line> lead) {}

    /**
     * @param body    the content lines from the article's first line on
     * @param special the lines already taken (headline, subheadline, dateline, credits)
     */
    public Body read(List<Line> body, Set<Line> special, List<Furniture> furniture) {
        List<Structure.Turn> turns = turns(body, special, furniture);
        List<Line> headings = sectionHeadings(body, special, furniture);
        List<Line> lead = new ArrayList<>();
        for (Line line : body) {
            if (lead.size() == 2) {
                break;
            }
            if (!special.contains(line)
                    && line.endsSentence()
                    && !insideTurn(line, turns)
                    && !SPEAKER.matcher(line.text()).find()
                    && !covered(line, furniture)) {
                lead.add(line);
            }
        }
        return new Body(turns, headings, List.copyOf(lead));
    }

    /** Furniture that ends a turn: not an injected spam line or a page-jump marker, which an answer runs past. */
    private static boolean isFurniture(Line line, List<Furniture> furniture) {
        return furniture.stream()
                .anyMatch(f -> f.kind() != FurnitureKind.PAGE_JUMP
                        && f.kind() != FurnitureKind.SPAM
                        && f.start() <= line.start()
                        && line.end() <= f.end());
    }

    private static boolean covered(Line line, List<Furniture> furniture) {
        return furniture.stream().anyMatch(f -> f.start() <= line.start() && line.end() <= f.end());
    }

    private static List<Structure.Turn> turns(List<Line> body, Set<Line> special, List<Furniture> furniture) {
        List<Structure.Turn> turns = new ArrayList<>();
        long questions = body.stream().filter(StructureReader::isQuestion).count();
        if (questions < 2) {
            return List.of();
        }
        for (int i = 0; i < body.size(); i++) {
            Line line = body.get(i);
            Matcher m = SPEAKER.matcher(line.text());
            if (!m.find() || special.contains(line)) {
                continue;
            }
            String speaker = m.group("speaker");
            if (INTERVIEWER_LABELS.contains(speaker)) {
                turns.add(new Structure.Turn(true, speaker, new Structure.Range(line.start(), line.end())));
                continue;
            }
            if (turns.isEmpty() || !turns.get(turns.size() - 1).question()) {
                continue;
            }
            int last = i;
            for (int j = i + 1; j < body.size(); j++) {
                Line next = body.get(j);
                if (isQuestion(next)
                        || special.contains(next)
                        || isSectionHeadingShape(next)
                        || isFurniture(next, furniture)) {
                    break;
                }
                last = j;
            }
            turns.add(new Structure.Turn(
                    false,
                    speaker,
                    new Structure.Range(line.start(), body.get(last).end())));
            i = last;
        }
        return List.copyOf(turns);
    }

    private static boolean isQuestion(Line line) {
        Matcher m = SPEAKER.matcher(line.text());
        return m.find() && INTERVIEWER_LABELS.contains(m.group("speaker"));
    }

    private static boolean insideTurn(Line line, List<Structure.Turn> turns) {
        return turns.stream().anyMatch(t -> t.range().contains(line.start()));
    }

    private static boolean isSectionHeadingShape(Line line) {
        return line.length() >= 4
                && line.length() <= SECTION_HEADING_MAX
                && !line.endsSentence()
                && !SPEAKER.matcher(line.text()).find()
                && !line.text().matches(".*[,,、::]$")
                && line.text()
                                        .codePoints()
                                        .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                                        .count()
                                * 10
                        >= 7L * line.length();
    }

    /** Short lines between paragraphs, after the lead, that are neither labels nor furniture. */
    private static List<Line> sectionHeadings(List<Line> body, Set<Line> special, List<Furniture> furniture) {
        List<Line> headings = new ArrayList<>();
        boolean sawProse = false;
        for (int i = 0; i < body.size(); i++) {
            Line line = body.get(i);
            if (line.endsSentence()) {
                sawProse = true;
                continue;
            }
            if (!sawProse
                    || special.contains(line)
                    || !isSectionHeadingShape(line)
                    || covered(line, furniture)
                    || i + 1 >= body.size()
                    || !body.get(i + 1).endsSentence()
                            && !SPEAKER.matcher(body.get(i + 1).text()).find()) {
                continue;
            }
            headings.add(line);
        }
        return List.copyOf(headings);
    }
}
