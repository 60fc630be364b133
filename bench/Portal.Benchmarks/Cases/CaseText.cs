using System.Text;

namespace Portal.Benchmarks.Cases;

/// <summary>
/// Japanese and English case text from a small vocabulary, drawn from the caller's seeded random so every
/// run writes the same words. Each text names one device model of <see cref="Models"/> now and then (a
/// moderately selective keyword); the common words (アラート, alert, policy) appear in a large share.
/// </summary>
internal static class CaseText
{
    /// <summary>Found in about one case in forty: <see cref="Models"/> has forty entries, one per subject or description.</summary>
    public const string SelectiveKeyword = "galaxy-s24";

    /// <summary>Found in most English texts.</summary>
    public const string CommonKeyword = "alert";

    /// <summary>Found in most Japanese texts (two CJK characters, one bigram).</summary>
    public const string CommonJapaneseKeyword = "端末";

    private static readonly string[] Models =
    [
        "iPhone-15", "iPhone-14", "iPhone-SE", "iPad-Air", "iPad-mini", "Pixel-8", "Pixel-7a", "Galaxy-S24", "Galaxy-A54", "Xperia-10",
        "AQUOS-sense8", "arrows-We", "Redmi-Note13", "OPPO-Reno10", "Zenfone-10", "moto-g53", "TORQUE-G06", "BASIO-active", "Surface-Go4", "ThinkPad-X1",
        "MacBook-Air", "Chromebook-C340", "Latitude-7440", "EliteBook-840", "dynabook-G83", "LIFEBOOK-U9", "VersaPro-VKT", "Let's-note-SV", "Galaxy-Tab-S9", "Fire-HD10",
        "Nexus-5X", "Kindle-Scribe", "Mi-Pad6", "Xperia-1V", "AQUOS-wish3", "Galaxy-Z-Flip5", "Pixel-Fold", "iPhone-16", "iPad-Pro", "Rakuten-Hand",
    ];

    private static readonly string[] JaDevices = ["端末", "スマートフォン", "タブレット", "社用端末", "検証用端末", "営業用端末", "管理端末", "貸与端末"];

    private static readonly string[] JaIssues =
    [
        "アラートが検知されました", "ポリシーが更新されない", "センサーが応答しない", "隔離が解除できない", "レポートが届かない",
        "アプリが起動しない", "登録ができない", "通知が遅れる", "検知が多すぎる", "バージョンが古いまま", "ログインできない", "同期が失敗する",
    ];

    private static readonly string[] JaTopics =
    [
        "ポリシー", "隔離", "検知", "アラート", "レポート", "更新", "センサー", "証明書", "管理コンソール", "脆弱性", "通知", "設定",
        "ライセンス", "バックアップ", "ネットワーク", "アプリ", "プロファイル", "インシデント",
    ];

    private static readonly string[] JaPlaces = ["本店", "大阪支店", "福岡支店", "名古屋営業所", "札幌支店", "仙台営業所", "広島支店", "横浜事業所", "京都オフィス", "神戸支店"];

    private static readonly string[] JaSentences =
    [
        "{place}の{device}で{topic}に関する問題が発生しています。",
        "{model} の{device}で{issue}。",
        "昨日から{topic}の状態が変わらず、{device}の利用者から問い合わせが来ています。",
        "{topic}の手順を教えてください。",
        "対象の{device}は {n} 台です。",
        "{topic}を確認しましたが、{issue}ようです。",
        "管理コンソールでは{topic}が正常と表示されています。",
        "至急ご確認をお願いいたします。",
        "再起動しても改善しませんでした。",
        "ログを添付しますのでご確認ください。",
    ];

    private static readonly string[] JaReplies =
    [
        "お問い合わせありがとうございます。{topic}の状況を確認いたします。",
        "{device}の{topic}について、ログを確認したところ問題は見つかりませんでした。",
        "{model} の既知の事象として{issue}ことが報告されています。",
        "{topic}の設定を変更しましたので、再度ご確認いただけますでしょうか。",
        "ご確認ありがとうございます。引き続き調査いたします。",
        "対応が完了しました。{place}の{device}で問題が解消したかご確認ください。",
    ];

    private static readonly string[] EnDevices = ["device", "phone", "tablet", "laptop", "company phone", "test device", "managed device"];

    private static readonly string[] EnIssues =
    [
        "raised a high severity alert", "does not receive the policy update", "sensor stopped reporting", "cannot be released from quarantine",
        "monthly report was not delivered", "app does not start", "cannot be enrolled", "alert notification is delayed",
        "shows too many detections", "stays on an old version", "cannot sign in", "fails to sync",
    ];

    private static readonly string[] EnTopics =
    [
        "policy", "quarantine", "detection", "alert", "report", "update", "sensor", "certificate", "console", "vulnerability",
        "notification", "settings", "licence", "backup", "network", "profile", "incident",
    ];

    private static readonly string[] EnSentences =
    [
        "The {device} {model} {issue}.",
        "Since yesterday the {topic} status has not changed and users keep asking about the {device}.",
        "Could you explain how the {topic} works for {model}?",
        "{n} devices are affected.",
        "We checked the {topic} but the {device} still {issue}.",
        "The console shows the {topic} as healthy.",
        "Please look into this as soon as possible.",
        "Restarting the {device} did not help.",
        "The logs are attached for your review.",
    ];

    private static readonly string[] EnReplies =
    [
        "Thank you for your inquiry. We are checking the {topic} now.",
        "We reviewed the {topic} logs of the {device} and found no problem.",
        "This is a known issue: a {model} {issue} after the latest update.",
        "We changed the {topic} settings; could you check again?",
        "Thank you for confirming. We continue our investigation.",
        "The work is done. Please check whether the {device} works again.",
    ];

    public static (string Subject, string Description) Case(Random random, bool english)
    {
        var model = Models[random.Next(Models.Length)];
        if (english)
        {
            var subject = $"{Cap(EnDevices[random.Next(EnDevices.Length)])} {model}: {EnIssues[random.Next(EnIssues.Length)]}";
            return (subject, Paragraph(random, EnSentences, english: true, sentences: 2 + random.Next(3), separator: " "));
        }

        var jaSubject = $"{JaPlaces[random.Next(JaPlaces.Length)]}の{JaDevices[random.Next(JaDevices.Length)]}で{JaIssues[random.Next(JaIssues.Length)]}";
        return (jaSubject, Paragraph(random, JaSentences, english: false, sentences: 2 + random.Next(3), separator: string.Empty));
    }

    /// <summary>A comment body as the editor stores it: one or two paragraphs, sometimes with emphasis.</summary>
    public static string CommentHtml(Random random, bool english, bool fromAgent)
    {
        var sentences = english ? (fromAgent ? EnReplies : EnSentences) : (fromAgent ? JaReplies : JaSentences);
        var html = new StringBuilder();
        var paragraphs = 1 + random.Next(2);
        for (var p = 0; p < paragraphs; p++)
        {
            var text = Paragraph(random, sentences, english, sentences: 1 + random.Next(2), separator: english ? " " : string.Empty);
            html.Append("<p>").Append(random.Next(8) == 0 ? $"<strong>{text}</strong>" : text).Append("</p>");
        }

        return html.ToString();
    }

    public static string Resolution(Random random, bool english) =>
        english ? $"The {EnTopics[random.Next(EnTopics.Length)]} was corrected." : $"{JaTopics[random.Next(JaTopics.Length)]}を修正しました。";

    private static string Paragraph(Random random, string[] templates, bool english, int sentences, string separator = "")
    {
        var text = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
                text.Append(separator);
            text.Append(Fill(random, templates[random.Next(templates.Length)], english));
        }

        return text.ToString();
    }

    private static string Fill(Random random, string template, bool english)
    {
        var text = new StringBuilder(template);
        text.Replace("{model}", Models[random.Next(Models.Length)]);
        text.Replace("{n}", (1 + random.Next(200)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (english)
        {
            text.Replace("{device}", EnDevices[random.Next(EnDevices.Length)]);
            text.Replace("{issue}", EnIssues[random.Next(EnIssues.Length)]);
            text.Replace("{topic}", EnTopics[random.Next(EnTopics.Length)]);
        }
        else
        {
            text.Replace("{device}", JaDevices[random.Next(JaDevices.Length)]);
            text.Replace("{issue}", JaIssues[random.Next(JaIssues.Length)]);
            text.Replace("{topic}", JaTopics[random.Next(JaTopics.Length)]);
            text.Replace("{place}", JaPlaces[random.Next(JaPlaces.Length)]);
        }

        return text.ToString();
    }

    private static string Cap(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
