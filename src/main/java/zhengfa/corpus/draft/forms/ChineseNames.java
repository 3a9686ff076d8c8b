package zhengfa.corpus.draft.forms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a printed string is shaped like a person's name: a known surname (surnames.txt) and one or
 * two given characters, or a name of the minorities' or foreign form with a middle dot (买买提·艾力).
 * Credits print names padded with a space (金 果) or a full-width space; those are names too.
 * Looked up on the Simplified form: the caller folds Traditional names first.
 */
public final class ChineseNames {

    private static final Set<String> SURNAMES = load();
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final Pattern DOTTED = Pattern.compile("\\p{IsHan}{1,8}(?:[·•・]\\p{IsHan}{1,8}){1,3}");
    /** A title or a role after a surname (王书记, 李某), a word no name ends in, or one no name begins with. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            ".*(?:书记|主任|局长|厅长|院长|同志|先生|女士|警官|法官|检察官|律师|部长|市长|县长|省长|主席|老师|教授|某|等|们|报道|报导|摄|讯|电|表示|介绍|获悉)$"
                    + "|^(?:记者|通讯员|编辑|本报|本网|本台|实习|作者|来源|责编|责任|见习|特约|全媒|融媒).*"
                    + "|^(?:管理员|管理員|系统管理员|系統管理員|网站管理员|網站管理員|站长|站長|小编|小編)$"
                    // a time or an action after 记者 in a sentence (记者凌晨6时抵达, 记者近日走访): no name
                    + "|^(?:凌晨|上午|下午|中午|晚上|傍晚|今天|今日|昨天|昨日|近日|日前|当天|当日|连日|随后|目前|现场|来到|前往|走进|走访|深入|一行).*");

    /** The commonest surnames: only these are read as a second surname (郭刘瑞贤); 明 or 远 would read 张明远东 as a name. */
    private static final Set<String> COMMON_SURNAMES = Set.of(
            "刘,陈,李,王,张,黄,林,吴,周,徐,孙,胡,朱,高,何,郭,马,罗,梁,宋,郑,谢,韩,唐,冯,于,董,萧,程,曹,袁,邓,许,傅,沈,曾,彭,吕,苏,卢,蒋,蔡,贾,丁,魏,薛,叶,阎,余,潘,杜,戴,夏,钟,汪,田,任,姜,范,方,石,姚,谭,廖,邹,熊,金,陆,郝,孔,白,崔,康,毛,邱,秦,江,史,顾,侯,邵,孟,龙,段,雷,钱,汤,尹,黎,易,武,乔,贺,赖,龚,文"
                    .split(","));

    private ChineseNames() {}

    /** The name without the spaces credits pad it with: 金 果 is 金果. */
    public static String compact(String printed) {
        return printed.replaceAll("[\\s\\u3000\\u00A0]", "");
    }

    /** @param simplified the printed name, folded to Simplified */
    public static boolean isName(String simplified) {
        String name = compact(simplified);
        if (DOTTED.matcher(name).matches()) {
            return name.length() >= 3 && name.length() <= 16;
        }
        if (!HAN.matcher(name).matches() || NOT_A_NAME.matcher(name).matches()) {
            return false;
        }
        int length = name.codePointCount(0, name.length());
        if (length >= 3 && length <= 4 && SURNAMES.contains(name.substring(0, 2))) {
            return true;
        }
        // a woman's name with both parents' surnames before two given characters: 郭刘瑞贤, 陈林美玲
        if (length == 4 && SURNAMES.contains(name.substring(0, 1)) && COMMON_SURNAMES.contains(name.substring(1, 2))) {
            return true;
        }
        return length >= 2 && length <= 3 && SURNAMES.contains(name.substring(0, 1));
    }

    private static Set<String> load() {
        Set<String> surnames = new HashSet<>();
        try (InputStream in = ChineseNames.class.getResourceAsStream("/zhengfa/corpus/draft/forms/surnames.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#")) {
                    for (String s : line.trim().split("\\s+")) {
                        if (!s.isEmpty()) {
                            surnames.add(s);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(surnames);
    }
}
