package zhengfa.corpus.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.Slow;
import zhengfa.corpus.script.ScriptDetector;

@Slow
class ArticleDrafterTest {

    private static final LocalDate TODAY = CorpusFixture.RELEASE_DATE;
    private final ArticleDrafter drafter = new ArticleDrafter(CorpusFixture.vocabulary(), new ScriptDetector());

    private ArticleDrafter.Drafted draft(byte[] bytes) {
        return assertInstanceOf(
                ArticleDrafter.Drafted.class,
                drafter.draft(
                        bytes,
                        "page.txt",
                        null,
                        new ArticleDrafter.Provenance("https://example.org/a", "2026-11-30"),
                        id -> false,
                        TODAY));
    }

    /** The targets on the seeds (optimistic: the rules were written with these five in view). */
    @Test
    void theSeedsMeetTheDraftingTargets() throws IOException {
        EvaluateDrafts.Evaluation e = EvaluateDrafts.evaluate(CorpusFixture.seedCorpus(), CorpusFixture.seedSchema());
        int right = e.fields().values().stream().mapToInt(c -> c[0]).sum();
        int total = e.fields().values().stream().mapToInt(c -> c[1]).sum();
        assertTrue(right >= 0.9 * total, right + "/" + total + " fields exact: " + e.misses());
        EvaluateDrafts.Score structure = e.labels().entrySet().stream()
                .filter(l -> EvaluateDrafts.STRUCTURE.contains(l.getKey()))
                .map(Map.Entry::getValue)
                .reduce(new EvaluateDrafts.Score(0, 0, 0), EvaluateDrafts.Score::plus);
        assertTrue(structure.f1() >= 0.75, "structure F1 " + structure.f1());
        assertTrue(
                e.labels().get("PER").f1() >= 0.8,
                "PER F1 " + e.labels().get("PER").f1());
        assertTrue(
                e.labels().get("LOC").f1() >= 0.8,
                "LOC F1 " + e.labels().get("LOC").f1());
    }

    @Test
    void aGb18030PageWithCrlfIsStoredAsTheNormalisedUtf8Text() throws IOException {
        String seed = Files.readString(CorpusFixture.seedCorpus().resolve(CorpusFixture.SHANGHAI + ".txt"));
        byte[] raw = seed.replace("\n", "\r\n").getBytes(Charset.forName("GB18030"));
        ArticleDrafter.Drafted draft = draft(raw);
        assertEquals(seed, draft.text());
        assertEquals(
                "GB18030", draft.sidecar().toJson().get("original_encoding").asText());
        assertEquals(List.of("turned 32 CRLF line endings into LF"), draft.changes());
        assertEquals(
                "shanghai-2026-zhu-zhongming",
                draft.sidecar().toJson().get("id").asText());
        assertEquals("draft", draft.sidecar().toJson().get("review_status").asText());
        assertEquals(
                "https://example.org/a", draft.sidecar().toJson().get("url").asText());
    }

    /** A page in another site's layout: breadcrumb, 来源 of a source the registry lacks, 问/答 turns. */
    @Test
    void aPageFromAnotherSiteIsReadByTheSameRules() throws IOException {
        byte[] page;
        try (InputStream in = getClass().getResourceAsStream("other-site.txt")) {
            page = in.readAllBytes();
        }
        ArticleDrafter.Drafted draft = draft(page);
        JsonNode sidecar = draft.sidecar().toJson();
        assertEquals("平安建设再上新台阶", sidecar.get("title").asText());
        assertEquals("2024-03-05T10:20+08:00", sidecar.get("date").asText());
        assertEquals("minute", sidecar.get("date_precision").asText());
        assertEquals("发布时间:2024-03-05 10:20", sidecar.get("date_evidence").asText());
        assertTrue(sidecar.get("source").isNull(), "新华网 is not in this registry: its key is left blank");
        assertEquals("新华网", sidecar.get("source_as_printed").asText(), "but the printed credit is kept");
        assertTrue(sidecar.get("source_note").asText().contains("sources add"));
        // the words SourceRule knows add's note by, to warn while it stays beside a registry key
        assertTrue(sidecar.get("source_note").asText().contains("which the source registry does not know"));
        assertEquals("620982", sidecar.get("region").asText());
        assertEquals("interview", sidecar.get("genre").asText());
        assertEquals(
                "[{\"name\":\"张立\",\"role\":\"敦煌市委常委、政法委书记\"}]",
                sidecar.get("interviewees").toString());
        assertEquals("[\"赵六\"]", sidecar.get("editors").toString());
        assertEquals("dunhuang-2024-zhang-li", sidecar.get("id").asText());

        String text = new String(page, StandardCharsets.UTF_8);
        List<String> spans = new ArrayList<>();
        for (JsonNode s : draft.annotations().get("spans")) {
            int from = text.offsetByCodePoints(0, s.get("start").asInt());
            int to = text.offsetByCodePoints(0, s.get("end").asInt());
            assertEquals(text.substring(from, to), s.get("text").asText(), "offsets are code points over the text");
            assertTrue(s.get("source").asText().matches("(rule|model):[a-z0-9-]+@[0-9.]+"), s.toString());
            spans.add(s.get("label").asText() + " "
                    + s.get("text").asText().lines().findFirst().orElse("")
                    + s.path("attrs").path("kind").asText("")
                    + s.path("attrs").path("region_code").asText(""));
        }
        assertTrue(spans.contains("boilerplate 首页 > 新闻中心 > 政法动态navigation"), spans.toString());
        assertTrue(spans.contains("headline 平安建设再上新台阶"), spans.toString());
        assertTrue(spans.contains("subheadline ——访敦煌市委常委、政法委书记张立"), spans.toString());
        assertTrue(spans.contains("dateline 发布时间:2024-03-05 10:20  来源:新华网"), spans.toString());
        assertEquals(2, spans.stream().filter(s -> s.startsWith("question 问:")).count(), spans.toString());
        assertTrue(spans.contains("answer 张立:今年,我们将认真贯彻《中华人民共和国反电信网络诈骗法》,持续开展打击治理电信网络诈骗专项行动。"), spans.toString());
        assertTrue(
                spans.stream().noneMatch(x -> x.contains("赵六") && x.startsWith("boilerplate")),
                "an editor's credit is the article's metadata, not furniture: " + spans);
        assertTrue(spans.contains("LAW 中华人民共和国反电信网络诈骗法"), spans.toString());
        assertTrue(spans.contains("LOC 敦煌市620982"), spans.toString());
        assertTrue(spans.contains("PER 张立"), spans.toString());
    }

    @Test
    void namesPaddedToAWidthAreDraftedAsPrinted() {
        String page = String.join(
                "\n",
                "某县召开政法工作会议",
                "发布时间:2024-03-05 10:20",
                "本报记者 金 果",
                "3月4日,某县召开政法工作会议,总结一年来的政法工作,对今年工作作出部署。",
                "会议指出,全县政法系统要坚持稳中求进,扎实做好各项工作,确保社会大局持续稳定。",
                "责任编辑:李 飞",
                "");
        JsonNode sidecar =
                draft(page.getBytes(StandardCharsets.UTF_8)).sidecar().toJson();
        // as printed, the labelled pages' convention (drafting-dev's README): the padding is the page's
        assertEquals("[\"金 果\"]", sidecar.get("reporters").toString());
        assertEquals("[\"李 飞\"]", sidecar.get("editors").toString());
    }

    @Test
    void theSuggestedIdAvoidsIdsAlreadyTaken() throws IOException {
        byte[] raw = Files.readAllBytes(CorpusFixture.seedCorpus().resolve(CorpusFixture.LESHAN + ".txt"));
        ArticleDrafter.Drafted draft = assertInstanceOf(
                ArticleDrafter.Drafted.class,
                drafter.draft(
                        raw,
                        "p.txt",
                        null,
                        new ArticleDrafter.Provenance(null, null),
                        id -> id.equals(CorpusFixture.LESHAN),
                        TODAY));
        assertEquals(
                CorpusFixture.LESHAN + "-2", draft.sidecar().toJson().get("id").asText());
        assertEquals(
                CorpusFixture.LESHAN + "-2",
                draft.annotations().get("article_id").asText());
    }

    @Test
    void aJapanesePageIsRefusedEvenThoughItIsFullOfKanji() {
        // written for this test
        String page = "東京の警察署で防犯教室\n警視庁によりますと、特殊詐欺の被害を防ぐため、区内の高齢者を対象にした教室を毎月開くことにしました。\n"
                + "担当者は「地域の皆さんと一緒に被害をなくしていきたい」と話しています。\n";
        ArticleDrafter.Outcome outcome = drafter.draft(
                page.getBytes(StandardCharsets.UTF_8),
                "p.txt",
                null,
                new ArticleDrafter.Provenance(null, null),
                id -> false,
                TODAY);
        ArticleDrafter.NotChinese refused = assertInstanceOf(ArticleDrafter.NotChinese.class, outcome);
        assertEquals("Japanese", refused.verdict().language());
    }

    /** An article set as a poster, a phrase a line with no sentence mark, is an article; a menu of names is not. */
    @Test
    void aPosterIsAnArticleAndAMenuIsNot() {
        // written for this test
        String poster = String.join(
                "\n",
                "守护一方平安",
                "10月23日",
                "由公安部新闻宣传局",
                "联合推出的",
                "新媒体系列活动",
                "第三期节目来到了山东",
                "90分钟的节目中",
                "先后来到了",
                "青岛、临沂、济南等地",
                "通过实地探访",
                "警民对话等形式",
                "全景展现了山东公安民警",
                "服务高质量发展的担当作为",
                "");
        assertInstanceOf(
                ArticleDrafter.Drafted.class,
                drafter.draft(
                        poster.getBytes(StandardCharsets.UTF_8),
                        "p.txt",
                        null,
                        new ArticleDrafter.Provenance(null, null),
                        id -> false,
                        TODAY));
        String menu = String.join("\n", "首页", "新闻中心", "政务公开", "办事服务", "互动交流", "专题专栏", "警务信息", "法律法规", "联系我们", "");
        assertInstanceOf(
                ArticleDrafter.NotAnArticle.class,
                drafter.draft(
                        menu.getBytes(StandardCharsets.UTF_8),
                        "p.txt",
                        null,
                        new ArticleDrafter.Provenance(null, null),
                        id -> false,
                        TODAY));
    }

    /** A page written for this test in a portal's layout: every field drafted from its own line, and the checklist lists them all. */
    @Test
    void aPortalPageIsDraftedFieldByFieldWithEvidence() {
        String page = String.join(
                        "\n",
                        "当前位置: 首页 > 工作动态 > 政法要闻",
                        "",
                        "乐山市召开政法工作会议",
                        "",
                        "发布时间:2024-02-20 09:30:15  来源:乐山日报  浏览次数:",
                        "字号:",
                        "",
                        "2月19日,乐山市政法工作会议召开。会议总结了全市政法工作,部署了今年的重点任务。",
                        "会议强调,乐山市各级政法机关要全力维护社会稳定,护航经济高质量发展。(记者张明远 通讯员李晓红)",
                        "责任编辑:陈一言",
                        "相关阅读",
                        "- 2024-02-18乐山开展普法宣传",
                        "版权所有 某某网 京ICP备12345678号")
                + "\n";
        ArticleDrafter.Drafted d = assertInstanceOf(
                ArticleDrafter.Drafted.class,
                drafter.draft(
                        page.getBytes(StandardCharsets.UTF_8),
                        "p.txt",
                        null,
                        new ArticleDrafter.Provenance("https://www.example.gov.cn/news/2024-02/20/1.html", null),
                        id -> false,
                        TODAY));
        JsonNode s = d.sidecar().toJson();
        assertEquals("乐山市召开政法工作会议", s.get("title").asText());
        assertEquals("2024-02-20T09:30:15+08:00", s.get("date").asText());
        assertEquals("stated", s.get("date_basis").asText());
        assertEquals("发布时间:2024-02-20 09:30:15", s.get("date_evidence").asText());
        assertEquals("乐山日报", s.get("source_as_printed").asText());
        assertEquals("511100", s.get("region").asText());
        assertEquals("[\"张明远\",\"李晓红\"]", s.get("reporters").toString());
        assertEquals("[\"陈一言\"]", s.get("editors").toString());
        assertTrue(
                s.get("id").asText().matches("leshan-2024-[a-z]+-[a-z]+"),
                s.get("id").asText());
        List<String> fields = d.checklist().stream().map(DraftedField::field).toList();
        assertEquals(
                List.of(
                        "id",
                        "title",
                        "source",
                        "date",
                        "region",
                        "script",
                        "genre",
                        "interviewees",
                        "reporters",
                        "editors"),
                fields);
        assertTrue(d.checklist().stream()
                .filter(f -> f.field().equals("date"))
                .findFirst()
                .orElseThrow()
                .evidence()
                .startsWith("line 5"));
        java.util.Map<String, Set<Integer>> furniture = PageBenchmark.boilerplateLines(d);
        assertEquals(Set.of(1, 6, 11, 12, 13), furniture.get("all"));
    }
}
