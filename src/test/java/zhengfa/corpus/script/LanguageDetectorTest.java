package zhengfa.corpus.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

/** Texts written for this test in each language. */
class LanguageDetectorTest {

    private static String language(String text) {
        return LanguageDetector.detect(text) instanceof LanguageDetector.NotChinese n ? n.language() : "Chinese";
    }

    @Test
    void japaneseKoreanAndEnglishAreNotChinese() {
        assertEquals(
                "Japanese",
                language("警視庁は、特殊詐欺の被害を防ぐため、高齢者への声かけを強化すると発表しました。\n" + "担当者は「地域の皆さんと協力して被害をなくしたい」と話しています。"));
        assertEquals("Korean", language("중국 최고인민법원은 兩會 기간에 사법개혁 성과를 발표했다.\n법원은 올해 사건 처리 기간을 줄이겠다고 밝혔다."));
        assertEquals(
                "not Chinese",
                language(
                        "The Central Political and Legal Affairs Commission (中央政法委) oversees the courts,"
                                + " the procuratorates and the police. It was formed in 1990 and reports to the Central Committee."));
    }

    @Test
    void aChinesePageWithASiteSwitchInOtherLanguagesIsChinese() {
        String page = "Would you like to go to our English website?\nこちらのページは繁体字版です。日本語版に移動しますか。\n"
                + "立法院司法及法制委員會今天邀請法務部、經濟部等部會首長列席,就近來國內物價上漲與打擊民生犯罪情形進行專題報告,並備質詢。"
                + "法務部長表示,檢察官將依法調查清楚,絕不寬貸。\n委員們均就停電事故的原因提出質詢,要求有關部門盡速說明。";
        assertInstanceOf(LanguageDetector.Chinese.class, LanguageDetector.detect(page), language(page));
    }

    @Test
    void aChineseReleaseFollowedByItsEnglishVersionIsChinese() {
        String page = "本局人員於口岸截獲涉案男子,並在其身上起獲現金。本局根據調查所得,將涉案男子移送檢察院偵辦,並繼續追查在逃涉案人。\n"
                + "The police intercepted the man at the checkpoint and found cash on him.";
        assertEquals("Chinese", language(page));
    }

    @Test
    void aPageInCyrillicOrAnotherAlphabetWithChineseNamesIsNotChinese() {
        assertEquals(
                "not Chinese",
                language("Полиция Гуанчжоу (广州市公安局) провела операцию против мошенников.\n"
                        + "По данным Синьхуа, задержаны 12 человек, изъяты телефоны и банковские карты.\n"
                        + "Суд города рассмотрит дело в следующем месяце."));
        assertEquals(
                "not Chinese",
                language("Η αστυνομία της Σαγκάης (上海市公安局) συνέλαβε τρία μέλη κυκλώματος απάτης μέσω τηλεφώνου."));
        LanguageDetector.Verdict verdict = LanguageDetector.detect("Суд (法院) вынес приговор.");
        assertEquals(
                2, verdict instanceof LanguageDetector.NotChinese n ? n.counts().han() : -1);
        assertEquals(3, ((LanguageDetector.NotChinese) verdict).counts().otherWords());
    }

    @Test
    void aChinesePageWithARussianLanguageSwitchIsChinese() {
        String page = "Русская версия сайта\n"
                + "黑龙江省公安厅今天召开新闻发布会,通报今年以来全省打击电信网络诈骗犯罪工作情况。"
                + "全省公安机关共破获电信网络诈骗案件一千余起,抓获犯罪嫌疑人两千余名,为群众挽回经济损失。";
        assertEquals("Chinese", language(page));
    }
}
