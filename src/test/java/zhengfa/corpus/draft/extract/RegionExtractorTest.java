package zhengfa.corpus.draft.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.Slow;
import zhengfa.corpus.draft.candidate.Evidence;
import zhengfa.corpus.draft.places.Gazetteer;
import zhengfa.corpus.draft.places.HostPlaces;
import zhengfa.corpus.vocab.Region;

@Slow
class RegionExtractorTest {

    private final RegionExtractor extractor = new RegionExtractor(
            new Gazetteer(CorpusFixture.vocabulary().regions()),
            new HostPlaces(CorpusFixture.vocabulary().regions()));

    private String region(String headline, String url, String... lead) {
        List<RegionExtractor.Passage> head = headline == null
                ? List.of()
                : List.of(new RegionExtractor.Passage(
                        Pages.SCRIPTS.foldToSimplified(headline), new Evidence(1, headline)));
        List<RegionExtractor.Passage> leadPassages = new ArrayList<>();
        for (String l : lead) {
            leadPassages.add(new RegionExtractor.Passage(Pages.SCRIPTS.foldToSimplified(l), new Evidence(2, l)));
        }
        List<String> deeper =
                leadPassages.stream().map(RegionExtractor.Passage::simplified).toList();
        return extractor
                .extract(head, List.of(), leadPassages, deeper, url)
                .value()
                .map(Region::code)
                .orElse("blank");
    }

    @Test
    void wordsThatBeginWithAPlacesNameDoNotNameIt() {
        assertEquals("blank", region(null, null, "德州扑克教学交流群,欢迎加入。", "北京时间3月5日晚,警方在马尼拉一处小区解救两名被绑架的男子。"));
        assertEquals("371400", region(null, null, "德州市公安局近日破获一起特大电信诈骗案。"));
    }

    /** 召开平安 holds 开平 (a city of 江门 and a district of 唐山) across two words: no mention of it. */
    @Test
    void aShortNameBeginningInsideAWordDoesNotNameIt() {
        assertEquals("441900", region(null, null, "4月11日上午,长安镇召开平安建设工作会议,通报2023年度平安东莞建设考评结果。"));
        assertEquals("440783", region(null, null, "广东省开平市公安局近日召开会议。"), "the city in full");
    }

    /** 西青分局 is the district's own police: its short name, once, is as sure as 西青区. */
    @Test
    void aCountysShortNameBeforeItsOwnOrganNamesIt() {
        assertEquals("120111", region(null, null, "近日,天津市公安局西青分局连续打掉两个洗钱团伙,抓获犯罪嫌疑人12名。"));
        assertEquals("120000", region(null, null, "近日,天津市公安局连续打掉两个洗钱团伙,西青等地群众拍手称快。"), "no organ of it");
    }

    /** 振兴 is mostly a word (to revitalise), but 丹东市公安局振兴分局 leaves it no reading but 振兴区's police. */
    @Test
    void aCountysShortNameThatIsAWordNamesItAsItsOrganAfterItsCity() {
        assertEquals("210603", region(null, null, "9月5日上午,丹东市公安局振兴分局西城派出所民警将走失老人送回家中。"));
        assertEquals("210603", region(null, null, "9月5日上午,丹東市公安局振興分局西城派出所民警將走失老人送回家中。"), "in Traditional");
        assertEquals("210600", region(null, null, "9月5日上午,丹东市召开乡村振兴工作会议,市公安局派员参加。"), "the word");
        assertEquals("blank", region(null, null, "9月5日上午,振兴分局西城派出所民警将走失老人送回家中。"), "no city before it");
    }

    /** 公安县 is in 湖北: its short name would make every Hubei police story the county's. */
    @Test
    void aCountysShortNameThatIsAnOrdinaryWordDoesNotNameIt() {
        assertEquals("420100", region(null, null, "湖北省武汉市公安局近日破获一起电信诈骗案,公安机关抓获犯罪嫌疑人5名。", "武汉市公安局有关负责人介绍,公安民警连续奋战十余天。"));
        assertEquals("421022", region(null, null, "湖北省公安县人民法院近日审结一起案件。"), "the county in full");
    }

    @Test
    void aCountyNamedInFullUnderItsProvince() {
        assertEquals("211322", region(null, null, "辽宁长安网讯 2月24日,建平县政法工作会议在建平县人民会堂召开。"));
        assertEquals("220582", region(null, null, "吉林通化边境管理支队与集安市公安局禁毒大队民警共同走进校园。", "在集安市开发区小学,民警向师生们展示了毒品样本。"));
    }

    /** 全国 frames the campaign; the organ that acts is the county's, and the article is the county's. */
    @Test
    void aLocalOrganActingInANationalCampaignKeepsItsPlace() {
        assertEquals(
                "640402",
                region(
                        null,
                        null,
                        "自2020年10月全国开展“断卡”行动以来,原州区检察院将严厉打击电信网络诈骗犯罪作为工作重点," + "办理了一批案件。",
                        "该院迅速成立领导小组,总结办案经验。"));
        assertEquals(
                "blank",
                region(null, null, "国务院新闻办公室日前举行中外记者见面会,5位公安系统英雄模范和立功集体代表介绍了事迹。", "北京市公安局房山分局某检查站是北京西南最大的检查站。"),
                "a national story that turns to a local organ in its second paragraph");
    }

    @Test
    void aTaiwanOrHongKongSitesArticleThatNamesNoPlaceIsOfItsTerritory() {
        assertEquals(
                "710000", region("矯正署舉辦收容人技能檢定", "https://www.example.gov.tw/news/1", "矯正署今日舉辦收容人技能檢定,共有百餘人報名參加。"));
        assertEquals("810000", region("警方破獲網上情緣騙案", "https://news.example.com.hk/a/1", "警方今日拘捕三名男子,涉嫌串謀詐騙。"));
        assertEquals("blank", region("警方破獲網上情緣騙案", "https://news.example.com/a/1", "警方今日拘捕三名男子,涉嫌串謀詐騙。"));
    }

    @Test
    void aCityWhoseSeveralCountiesTheLeadNamesIsTheCity() {
        assertEquals("421300", region("开创全市政法工作新局面", null, "随州市政法机关全力维护社会稳定。", "随县、广水市和曾都区的政法干警深入基层开展工作。"));
    }

    @Test
    void aProvincialOrgansNewsFiledFromTheCapitalIsTheProvinces() {
        assertEquals(
                "450000",
                region(null, null, "南宁4月8日电 记者8日从广西壮族自治区人民检察院召开的新闻发布会上获悉:" + "扫黑除恶专项斗争开展以来,广西全区检察机关已受理涉黑涉恶案件509件。"));
        assertEquals("530000", region(null, null, "19日,我省第三届网络安全宣传周在昆明启动,全省16个州市均已注册网警账号。"));
        assertEquals(
                "530100",
                region("昆明警方破获一起电信诈骗案", null, "昆明市公安局破获一起案件,系全省今年破获的最大一起。"),
                "the headline names the capital");
        assertEquals(
                "530100",
                region(null, null, "昆明市公安局近日破获一起电信诈骗案,抓获犯罪嫌疑人5名。"),
                "the lead does not speak of the province");
        assertEquals("530300", region(null, null, "曲靖市公安局近日破获一起案件,系全省今年破获的最大一起。"), "not the capital");
        assertEquals(
                "530000",
                region("云南边防黄金周缴获毒品逾291千克", null, "新华社昆明5月9日电 黄金周期间,云南边防总队共查获贩毒案件102起。"),
                "the headline names the province");
        assertEquals(
                "440106",
                region("广东网络赌球4被告遭检方起诉", null, "昨天,4名被告人一起在广州市天河区法院受审。", "据广州市天河区检察院指控,被告从事网络赌球。"),
                "a district of the capital stays");
    }

    @Test
    void aCityWithOneDistrictNamedBelowItIsUnsure() {
        assertEquals("blank", region("广州警方回应网传消息", null, "广州警方2日回应称,该事件发生在广州。", "附近的广州天河某派出所接到报警后,迅速派员前往现场处置。"));
    }

    @Test
    void taiwanHongKongAndMacau() {
        assertEquals("710000", region("刑事局:全台查獲18件毒駕", null, "內政部警政署推動唾液快篩,全國已取締18件。"));
        assertEquals("820000", region(null, null, "本澳警方今年上半年開立刑事專案調查案件,同比下降。", "澳門治安總體良好。"));
        assertEquals("810000", region("旺角警署協助調查", null, "警務處國安處拘捕一名男子,其在本港社交平台發布煽動資料。"));
        assertEquals("710000", region("金門縣警局鐵腕掃毒", null, "金門縣警察局查緝毒品不鬆懈。"), "Kinmen is Taiwan's");
        assertEquals(
                "810000",
                region(null, null, "警方在天水圍採取反毒品行動,拘捕一名男子。", "律政司其後提出起訴。"),
                "天水圍 is Hong Kong's, not 天水 in Gansu; 律政司 only Hong Kong has");
        assertEquals("820000", region(null, null, "司警昨日拘捕一名涉嫌詐騙的男子,案件已移送檢察院。", "澳門治安總體良好。"), "司警 only Macau has");
        assertEquals("710000", region(null, null, "台北地檢署昨日偵結一起詐騙案。", "警政署呼籲民眾提高警覺。"));
    }

    @Test
    void severalProvincesOrTheWholeCountryGiveNoRegion() {
        assertEquals("blank", region(null, null, "浙江、江苏、四川三省公安机关联合破获一起电信诈骗案。", "犯罪嫌疑人分别在杭州、南京和成都被抓获。"));
        assertEquals("blank", region(null, null, "公安部部署全国公安机关开展专项行动,某市公安局破获一起案件。"));
    }

    @Test
    void aGovernmentSitesAddressNamesThePlaceTheTextDoesNot() {
        assertEquals(
                "411000", region(null, "https://gaj.xuchang.gov.cn/jwzx/20230918/1.html", "9月11日,辖区群众将一面锦旗送到派出所民警手中。"));
        assertEquals("blank", region(null, "https://www.example.com/a.html", "9月11日,辖区群众将一面锦旗送到派出所民警手中。"));
    }

    @Test
    void aDistrictNamedLikeAnOrdinaryWordCountsOnlyInsideItsProvince() {
        // 東區, 西區: Hong Kong's districts and any city's quarters as often as Panzhihua's (510402, 510403)
        assertEquals("810000", region(null, "https://news.example.hk/a/1.html", "警方東區重案組昨日拘捕兩名男子,涉嫌在西區一商場行劫。"));
        assertEquals("blank", region(null, null, "警方東區重案組昨日拘捕兩名男子,涉嫌在西區一商場行劫。"));
        assertEquals("510402", region(null, null, "四川攀枝花市东区人民法院近日开庭审理一起案件。", "东区法院审理后认为,被告人构成盗窃罪。"));
    }
}
