package zhengfa.corpus.draft.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credits a line prints and the names in them, in the forms of Chinese-language papers and
 * agencies: 本报记者 X Y, □ 本报记者 X, 记者 X 通讯员 Y, (河南法制报记者X实习记者Y通讯员Z), 法治日報全媒體記者 X,
 * 本报讯 (记者 X), 新华网北京6月24日电(记者X), 中新网广州7月2日电 (X), (中央社記者X台北12日電),
 * 聯合報／記者X／台北報導, 作者:X, 文/X, 文◎X, ■X on a line of its own, X(某研究中心研究员), (X Y) closing
 * the last paragraph, and the
 * editors' credits 责任编辑:X, 责编:X, 初審:X. Photo credits (X摄, 摄影:X, (X攝)) are found so that
 * nobody takes them for reporters.
 */
public final class CreditForms {

    private CreditForms() {}

    public enum Role {
        REPORTER,
        EDITOR,
        PHOTOGRAPHER
    }

    public enum Form {
        /** 记者 X, 本报记者 X Y, 通讯员 Y, with an outlet before it or not. */
        ROLE,
        /** (中央社記者X台北24日電): the names run into the place the agency filed from. */
        AGENCY_DATELINE,
        /** 【本報記者X屏東報導】: the name run into the place reported from. */
        PLACE_REPORTED,
        /** 中新网广州7月2日电 (X): names in brackets after a filing dateline. */
        AFTER_DATELINE,
        /** 作者:X, 文/X, 撰文 X. */
        AUTHOR_LABEL,
        /** ■X alone on a line: a signed commentary. */
        SIGNED,
        /** X(某大学教授): an author with an affiliation, alone on a line. */
        AFFILIATED,
        /** 2020-01-16 18:01:00X: a name run into the page's timestamp. */
        AFTER_TIMESTAMP,
        /** 责任编辑:X and the review credits 初审/复审/终审. */
        EDITOR_LABEL,
        /** …正在进一步调查中。(周星 周幼芬): names alone in brackets closing the last paragraph. */
        CLOSING_NAMES,
        /** (民視新聞/許家程、李柏瑾 台中報導): an outlet, a slash, the names and where they report from. */
        OUTLET_SLASH,
        /** X摄, 摄影:X. */
        PHOTO
    }

    /**
     * @param outlet the publication printed with the credit (法治日报 in 法治日报记者 X), or null
     * @param names  the names as printed, padding spaces included (金 果)
     * @param start  UTF-16 index in the line where the credit begins
     */
    public record Credit(Role role, Form form, String outlet, List<String> names, int start, int end) {}

    static final String ROLE_WORD =
            "(?:本报|本報|本台|本网|本網|本刊|本站)?(?:特约|特約|实习|實習|见习|見習|驻[\\p{IsHan}]{1,4}|駐[\\p{IsHan}]{1,4})?"
                    + "(?:全媒体|全媒體|融媒体|融媒體|全媒|融媒)?(?:记者|記者|通讯员|通訊員|实习生|實習生|评论员|評論員)";
    private static final Pattern ROLE = Pattern.compile(ROLE_WORD);
    private static final Pattern OUTLET_BEFORE =
            Pattern.compile("(?<outlet>[\\p{IsHan}A-Za-z0-9\\-－]{1,16}?(?:报|報|社|网|網|台|客户端|客戶端|杂志|雜誌|周刊|週刊|APP|app))"
                    + "(?:[·•・][\\p{IsHan}A-Za-z0-9]{2,8})?[\\s／/(（-]*$");
    private static final Pattern OUTLET_LISTED_BEFORE =
            Pattern.compile("(?<outlet>\\p{IsHan}{2,10}(?:报|報|社|网|網|台))[、,，]\\s*$");
    private static final Pattern AGENCY = Pattern.compile(
            "[(（]?\\s*(?<outlet>\\p{IsHan}{2,8}?)(?:记者|記者)(?<rest>\\p{IsHan}{3,12}?)(?:\\d{1,2}月)?\\d{1,2}日(?:电|電|讯|訊)\\s*[)）]?");
    private static final Pattern PLACE_REPORTED = Pattern.compile(
            "[【〔(（\\[]\\s*(?<outlet>\\p{IsHan}{0,8}?)(?:记者|記者)(?<rest>\\p{IsHan}{4,12}?)(?:报道|報導|報道|报导)\\s*[】〕)）\\]]");
    private static final Pattern AFTER_DATELINE = Pattern.compile(
            "(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日(?:电|電|讯|訊)】?|\\p{IsHan}(?:讯|訊)】?)\\s*[(（]\\s*(?<names>[^()（）:：记記]{2,24})\\s*[)）]");
    private static final Pattern OUTLET_SLASH = Pattern.compile(
            "[(（](?<outlet>\\p{IsHan}{2,8})[/／](?<names>\\p{IsHan}{2,4}(?:[、\\s]+\\p{IsHan}{2,4}){0,5})\\s+\\p{IsHan}{0,6}(?:報導|报道)[)）]");
    /** …调查中。(周星 周幼芬): names alone in brackets at the end of a line, after its last sentence. */
    private static final Pattern CLOSING_NAMES = Pattern.compile(
            "[。！？!?”」]\\s*[(（](?<names>\\p{IsHan}{2,4}(?:[\\s\\u3000、]+\\p{IsHan}{2,4}){0,3})[)）]\\s*[|｜]?\\s*$");
    /** 2020-01-16 18:01:00张三: an author's name run into the page's timestamp, ending the line. */
    private static final Pattern AFTER_TIMESTAMP = Pattern.compile(
            "^(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?<name>\\p{IsHan}{2,4})"
                    // a publication run into the timestamp (2023-06-25 07:38 云南网) is the source, not a person
                    + "(?<![网網报報社台站])\\s*$");

    private static final Pattern AUTHOR_LABEL = Pattern.compile(
            "(?:^|(?<=[\\s\\u3000(（【\\[|｜丨*\\d。！？]))(?:作者|撰文|撰稿|执笔|執筆|文字|文[/／、]图|文[/／、]圖|图文|圖文|文|来源作者)\\s*(?:[:：/／◎|｜丨]\\s*|\\s+(?=\\p{IsHan}))");
    private static final Pattern SIGNED = Pattern.compile("^[■□●▲◆◇]\\s*(?<name>\\p{IsHan}{2,4})\\s*$");
    private static final Pattern AFFILIATED = Pattern.compile(
            "^(?<name>\\p{IsHan}{2,4})\\s*[(（](?<aff>[^()（）]{4,40}(?:研究|大学|大學|学院|學院|中心|法院|检察院|檢察院|律师|律師|教授|研究员|研究員|人员|人員|主任|学者|學者)[^()（）]*)[)）]$");
    private static final Pattern EDITOR =
            Pattern.compile("(?:责任编辑|責任編輯|责编|責編|值班编辑|值班編輯|编辑|編輯|主编|主編|初审|初審|复审|復審|终审|終審|审核|審核|校对|校對)\\s*[:：/／丨|｜]\\s*");
    // The role word before a photographer's name (記者X攝) is no part of the name.
    private static final Pattern PHOTO_AFTER = Pattern.compile("(?:" + ROLE_WORD
            + ")?(?<names>\\p{IsHan}{2,4}(?:[\\s、]+\\p{IsHan}{2,4})*)\\s*(?:摄|攝|拍摄|拍攝)(?:影)?(?![\\p{IsHan}])");
    private static final Pattern PHOTO_BEFORE = Pattern.compile("(?:摄影|攝影|图|圖|视频拍摄|視頻拍攝|图片|圖片)\\s*[:：/／]\\s*");
    private static final Pattern TOKEN = Pattern.compile(
            "(?<role>" + ROLE_WORD + ")|(?<padded>\\p{IsHan}[ \\u3000]\\p{IsHan})(?![\\p{IsHan}])"
                    + "|(?<dotted>\\p{IsHan}{1,6}[·•・]\\p{IsHan}{1,8})|(?<han>\\p{IsHan}+)|(?<sep>[ \\u3000、,，/／:：◎]+)");
    /** What follows a name in a credit and is no part of it: 张三报道, 李四摄. */
    private static final Pattern TAIL = Pattern.compile("(?:报道|報導|报导|報道|摄影|攝影|摄|攝|讯|訊|电|電|图|圖|整理|编译|編譯|传真|傳真)$");

    /** Every credit in the line. {@code fold} gives a name's Simplified form, for the surname list. */
    public static List<Credit> find(String line, UnaryOperator<String> fold) {
        List<Credit> credits = new ArrayList<>();
        Matcher agency = AGENCY.matcher(line);
        while (agency.find()) {
            nameBeforePlace(agency.group("rest"), fold)
                    .ifPresent(name -> credits.add(new Credit(
                            Role.REPORTER,
                            Form.AGENCY_DATELINE,
                            agency.group("outlet"),
                            List.of(name),
                            agency.start(),
                            agency.end())));
        }
        Matcher reported = PLACE_REPORTED.matcher(line);
        while (reported.find()) {
            String outlet = reported.group("outlet");
            nameBeforePlace(reported.group("rest"), fold)
                    .ifPresent(name -> credits.add(new Credit(
                            Role.REPORTER,
                            Form.PLACE_REPORTED,
                            // 本報 (this paper) names no outlet
                            outlet.isEmpty() || outlet.startsWith("本") ? null : outlet,
                            List.of(name),
                            reported.start(),
                            reported.end())));
        }
        Matcher after = AFTER_DATELINE.matcher(line);
        while (after.find()) {
            List<String> names = namesOnly(after.group("names"), fold);
            if (!names.isEmpty()) {
                credits.add(new Credit(
                        Role.REPORTER, Form.AFTER_DATELINE, null, names, after.start("names"), after.end("names")));
            }
        }
        Matcher role = ROLE.matcher(line);
        while (role.find()) {
            if (inside(credits, role.start())) {
                continue;
            }
            Parsed parsed = names(line, role.start(), fold);
            if (!parsed.names().isEmpty()) {
                Matcher outlet = OUTLET_BEFORE.matcher(line.substring(0, role.start()));
                String printed = outlet.find() ? outlet.group("outlet") : null;
                if (printed != null) {
                    // 辽沈晚报、聊沈客户端记者X: the paper first, its app after
                    Matcher listed = OUTLET_LISTED_BEFORE.matcher(line.substring(0, outlet.start("outlet")));
                    printed = listed.find() ? listed.group("outlet") : printed;
                }
                credits.add(new Credit(
                        Role.REPORTER,
                        Form.ROLE,
                        printed,
                        parsed.names(),
                        printed == null ? role.start() : outlet.start("outlet"),
                        parsed.end()));
                role.region(parsed.end(), line.length());
            }
        }
        Matcher author = AUTHOR_LABEL.matcher(line);
        while (author.find()) {
            if (inside(credits, author.start())) {
                continue;
            }
            Parsed parsed = names(line, author.end(), fold);
            if (!parsed.names().isEmpty()) {
                credits.add(new Credit(
                        Role.REPORTER, Form.AUTHOR_LABEL, null, parsed.names(), author.start(), parsed.end()));
            }
        }
        Matcher stamped = AFTER_TIMESTAMP.matcher(line);
        if (stamped.find() && ChineseNames.isName(fold.apply(stamped.group("name")))) {
            credits.add(new Credit(
                    Role.REPORTER,
                    Form.AFTER_TIMESTAMP,
                    null,
                    List.of(stamped.group("name")),
                    stamped.start("name"),
                    stamped.end("name")));
        }
        Matcher slash = OUTLET_SLASH.matcher(line);
        while (slash.find()) {
            List<String> names = namesOnly(slash.group("names"), fold);
            if (!names.isEmpty()) {
                credits.add(new Credit(
                        Role.REPORTER, Form.OUTLET_SLASH, slash.group("outlet"), names, slash.start(), slash.end()));
            }
        }
        Matcher closing = CLOSING_NAMES.matcher(line);
        if (closing.find() && !inside(credits, closing.start("names"))) {
            List<String> names = namesOnly(closing.group("names"), fold);
            if (!names.isEmpty()) {
                credits.add(new Credit(
                        Role.REPORTER, Form.CLOSING_NAMES, null, names, closing.start("names"), closing.end("names")));
            }
        }
        Matcher signed = SIGNED.matcher(line);
        if (signed.find() && ChineseNames.isName(fold.apply(signed.group("name")))) {
            credits.add(new Credit(Role.REPORTER, Form.SIGNED, null, List.of(signed.group("name")), 0, line.length()));
        }
        Matcher affiliated = AFFILIATED.matcher(line);
        if (affiliated.find() && ChineseNames.isName(fold.apply(affiliated.group("name")))) {
            credits.add(new Credit(
                    Role.REPORTER, Form.AFFILIATED, null, List.of(affiliated.group("name")), 0, line.length()));
        }
        Matcher editor = EDITOR.matcher(line);
        while (editor.find()) {
            // an editor's names end at the next role word: 编辑:X  记者:Y credits Y as a reporter, not an editor
            Parsed parsed = names(line, editor.end(), fold, false);
            if (!parsed.names().isEmpty()) {
                credits.add(
                        new Credit(Role.EDITOR, Form.EDITOR_LABEL, null, parsed.names(), editor.start(), parsed.end()));
            }
        }
        Matcher photo = PHOTO_AFTER.matcher(line);
        while (photo.find()) {
            List<String> names = namesOnly(photo.group("names"), fold);
            if (!names.isEmpty()) {
                credits.add(new Credit(Role.PHOTOGRAPHER, Form.PHOTO, null, names, photo.start(), photo.end()));
            }
        }
        Matcher photoBefore = PHOTO_BEFORE.matcher(line);
        while (photoBefore.find()) {
            Parsed parsed = names(line, photoBefore.end(), fold);
            if (!parsed.names().isEmpty()) {
                credits.add(new Credit(
                        Role.PHOTOGRAPHER, Form.PHOTO, null, parsed.names(), photoBefore.start(), parsed.end()));
            }
        }
        // A reporter's name that is also a photographer's in the same line (记者 X 摄) is a photo credit.
        List<String> photographers = credits.stream()
                .filter(c -> c.role() == Role.PHOTOGRAPHER)
                .flatMap(c -> c.names().stream())
                .toList();
        return credits.stream()
                .filter(c -> c.role() == Role.PHOTOGRAPHER || c.names().stream().noneMatch(photographers::contains))
                .toList();
    }

    private static boolean inside(List<Credit> credits, int at) {
        return credits.stream().anyMatch(c -> c.start() <= at && at < c.end());
    }

    private record Parsed(List<String> names, int end) {}

    /**
     * The names from {@code from}: role words (记者, 通讯员, 实习记者) may come between them; the run
     * stops at the first thing that is no name. After a slash a run is the place reported from
     * (聯合報／記者X／台北報導), not a name.
     */
    private static Parsed names(String line, int from, UnaryOperator<String> fold) {
        return names(line, from, fold, true);
    }

    /** @param throughRoles whether role words may stand between the names (记者 X 通讯员 Y) */
    private static Parsed names(String line, int from, UnaryOperator<String> fold, boolean throughRoles) {
        List<String> names = new ArrayList<>();
        int at = from;
        while (at < line.length() && " \u3000:：/／◎|｜丨".indexOf(line.charAt(at)) >= 0) {
            at++;
        }
        int end = at;
        boolean afterSlash = false;
        boolean afterRole = false;
        Matcher t = TOKEN.matcher(line);
        while (at < line.length()) {
            t.region(at, line.length());
            if (!t.lookingAt()) {
                break;
            }
            if (t.group("sep") != null) {
                // 通讯员/周子熙: a slash right after a role word introduces its name, not the place reported from
                afterSlash = !afterRole
                        && (t.group("sep").contains("/") || t.group("sep").contains("／"));
                afterRole = false;
                at = t.end();
                continue;
            }
            if (t.group("role") != null) {
                if (!throughRoles) {
                    break;
                }
                afterSlash = false;
                afterRole = true;
                at = t.end();
                continue;
            }
            afterRole = false;
            if (t.end() < line.length()
                    && ":：".indexOf(line.charAt(t.end())) >= 0
                    && !TAIL.matcher(t.group()).find()) {
                break; // 时间:2023-12-01 is a label after the names; 蔡霞报道: ends the credit
            }
            if (afterSlash && !names.isEmpty()) {
                break;
            }
            String token = t.group("padded") != null
                    ? t.group("padded")
                    : t.group("dotted") != null ? t.group("dotted") : t.group("han");
            String name = t.group("han") != null
                    ? leadingName(token, fold)
                    : ChineseNames.isName(fold.apply(token)) ? token : null;
            if (name == null) {
                break;
            }
            names.add(name);
            at = t.start() + name.length();
            end = at;
            if (name.length() < token.length()) {
                // what follows the name in the same run must be a role (张三通讯员李四) or a tail (张三报道)
                Matcher next = ROLE.matcher(line);
                if (!next.region(at, line.length()).lookingAt()) {
                    break;
                }
            }
        }
        return new Parsed(List.copyOf(names), end);
    }

    /** The name a run of Han characters starts with: all of it, or the part before a role word or a tail (报道, 摄, 傳真). */
    private static String leadingName(String run, UnaryOperator<String> fold) {
        String name = run;
        Matcher role = ROLE.matcher(name);
        if (role.find() && role.start() > 0) {
            name = name.substring(0, role.start());
        }
        name = TAIL.matcher(name).replaceFirst("");
        int length = name.codePointCount(0, name.length());
        return length >= 2 && length <= 4 && ChineseNames.isName(fold.apply(name)) ? name : null;
    }

    private static List<String> namesOnly(String printed, UnaryOperator<String> fold) {
        List<String> names = new ArrayList<>();
        for (String part : ROLE.matcher(printed).replaceAll(" ").strip().split("[\\s\\u3000、,，]+")) {
            if (!ChineseNames.isName(fold.apply(part))) {
                return List.of();
            }
            names.add(part);
        }
        return names;
    }

    /** What ends a place's name and never begins one: 蘇彥澳洲 is 蘇彥 in 澳洲, not 蘇彥澳 in 洲…. */
    private static final Pattern PLACE_SUFFIX = Pattern.compile("[洲国國省市县縣区區镇鎮乡鄉州]");

    /** 劉世怡台北: the name before the place an agency filed from (a name has 2 or 3 characters, a place 2 or more). */
    private static Optional<String> nameBeforePlace(String run, UnaryOperator<String> fold) {
        for (int n : run.length() - 3 >= 2 ? new int[] {3, 2} : new int[] {2}) {
            if (run.length() - n >= 2
                    && ChineseNames.isName(fold.apply(run.substring(0, n)))
                    && !PLACE_SUFFIX.matcher(run.substring(n)).lookingAt()) {
                return Optional.of(run.substring(0, n));
            }
        }
        return Optional.empty();
    }
}
