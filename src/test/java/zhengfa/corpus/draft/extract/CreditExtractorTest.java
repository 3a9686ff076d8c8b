package zhengfa.corpus.draft.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CreditExtractorTest {

    private static CreditExtractor.Result credits(String... lines) {
        return new CreditExtractor().extract(Pages.of(lines), Pages.SCRIPTS::foldToSimplified);
    }

    @Test
    void creditsAtTheHeadAndFootOfThePage() {
        CreditExtractor.Result r =
                credits("某市政法工作会议召开", "□ 本报记者 张明远 通讯员 李晓红", "会议指出,要坚持以人民为中心,切实维护社会稳定。(记者王大同 实习生赵小燕)", "责任编辑:陈一言");
        assertEquals(List.of("张明远", "李晓红", "王大同", "赵小燕"), r.reporters().value().orElseThrow());
        assertEquals(List.of("陈一言"), r.editors().value().orElseThrow());
    }

    @Test
    void aLabelAfterTheNamesEndsThemAndARoleMayTakeItsNameAfterASlash() {
        CreditExtractor.Result r = credits("某市警方破获诈骗案", "作者: 王明远 陈小红 时间:2023-12-01 来源:某市公安局", BODY);
        assertEquals(List.of("王明远", "陈小红"), r.reporters().value().orElseThrow());
        r = credits("某市开展增殖放流", "某某日报讯(记者/贺明 通讯员/周小熙) 4月11日,某市中级人民法院在某公园举行增殖放流活动。");
        assertEquals(
                List.of("周小熙", "贺明"),
                r.reporters().value().orElseThrow().stream().sorted().toList());
        r = credits("某县开展普法", "本报讯 记者陈明 见习记者蔡小霞报道:为深入开展活动,某县司法局开展普法宣传。");
        assertEquals(
                List.of("蔡小霞", "陈明"),
                r.reporters().value().orElseThrow().stream().sorted().toList());
    }

    private static final String BODY = "3月13日,全县政法工作会议在县人民会堂召开,会议总结了一年来的政法工作,对今年工作作出部署。";

    @Test
    void creditsClosingTheLastParagraph() {
        CreditExtractor.Result r = credits("某某公安局19日召开新闻发布会,介绍全年缉毒执法工作成效,全年共破获毒品犯罪案件5400起。(记者熊明) (编辑:王思雅) |");
        assertEquals(List.of("熊明"), r.reporters().value().orElseThrow());
        assertEquals(List.of("王思雅"), r.editors().value().orElseThrow());
        r = credits("某小区楼道起火 消防救出8人", "7月4日17时20分,某某消防大队接到报警,立即出动赶赴现场处置,救出被困人员8人。", "目前,火灾原因正在进一步调查中。(周星 周幼芬)");
        assertEquals(List.of("周星", "周幼芬"), r.reporters().value().orElseThrow());
        r = credits("某县开展普法宣传", "会上,代表们与某县(江北区)干部交流,全县今年已开展普法活动二十余场。(完)");
        assertEquals(List.of(), r.reporters().value().orElse(List.of()), "a place or 完 in brackets names nobody");
    }

    @Test
    void theCreditInTheBracketThatOpensTheLeadAndAnAuthorOfWordsAndPictures() {
        CreditExtractor.Result r = credits("某市交警启动宣传活动", "某某新闻网(记者 朱海丹)11月18日报道 今天下午,某某启动仪式在某地举行,15位主持人齐聚一堂。");
        assertEquals(List.of("朱海丹"), r.reporters().value().orElseThrow());
        r = credits("某县召开会议", "会议还对近期相关工作作了部署安排。(文/图 张明)");
        assertEquals(List.of("张明"), r.reporters().value().orElseThrow());
        r = credits("某市开展专项行动", "本报讯 某某晚报、某某客户端记者吕洋报道 即日起,某市警方将在全市范围内开展专项行动。");
        assertEquals(List.of("吕洋"), r.reporters().value().orElseThrow());
        r = credits("某县四人强闯岗哨被抓", "泥泞的地面和一人多高的玉米地,让人在大雨中寸步难行。文|刘旭 林斐然 编辑 | 胡大旗");
        assertEquals(List.of("刘旭", "林斐然"), r.reporters().value().orElseThrow());
        assertEquals(List.of("胡大旗"), r.editors().value().orElseThrow());
        r = credits("某派出所开展走访", "本报讯 (钟 晖 记者 李高阳) 2月19日,某派出所在开展走访活动中化解一起纠纷。");
        assertEquals(
                List.of(),
                r.reporters().value().orElse(List.of()),
                "a name before the role word is no credit this reads whole: blank, not half");
        r = credits("某派出所获赠锦旗", "某某法制报讯 (董洁 郭刘瑞贤)6月17日,市民小张将一面锦旗送到了某派出所。");
        assertEquals(List.of("董洁", "郭刘瑞贤"), r.reporters().value().orElseThrow());
    }

    @Test
    void theSamePersonCreditedTwiceCountsOnce() {
        CreditExtractor.Result r = credits("电子证据的审查认定", "2016-09-21 01:50:59文◎金果园*", "文◎金 果园*");
        assertEquals(List.of("金果园"), r.reporters().value().orElseThrow());
    }

    @Test
    void aCreditInsideASentenceIsOnlyACandidate() {
        CreditExtractor.Result r = credits("某县开展普法宣传", "会上,本报记者 张明远 与代表们交流,全县今年已开展普法活动二十余场,群众普遍欢迎。");
        assertEquals(List.of(), r.reporters().value().orElse(List.of()));
        assertEquals(1, r.reporters().candidates().size());
    }

    @Test
    void photographersAreNotReporters() {
        CreditExtractor.Result r = credits("某某案宣判", "法官宣读判决书。杨伟明摄", "(记者 张明远)");
        assertEquals(List.of("张明远"), r.reporters().value().orElseThrow());
    }
}
