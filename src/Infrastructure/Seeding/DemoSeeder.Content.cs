using Portal.Application.Common.Exports;
using Portal.Domain.Announcements;
using Portal.Domain.Cases;
using Portal.Domain.Common;
using Portal.Domain.Knowledge;
using Portal.Domain.WorkRequests;

namespace Portal.Infrastructure.Seeding;

public sealed partial class DemoSeeder
{
    /// <summary>WR-1/WR-2: a catalog using every field kind, and requests submitted, accepted (with its case) and rejected.</summary>
    private async Task SeedWorkRequestsAsync(DemoWorld w, CancellationToken ct)
    {
        var change = WorkRequestType.Create("01", "01.お客様情報変更", "01. Change of customer details", RequestForm.Define([
            new("target", FormFieldKind.Choice, "変更対象", "What changes", Required: true, Choices: [
                new("contractor", "ご契約者情報", "Contractor details"), new("contact", "ご担当者情報", "Contact details"),
                new("billing", "請求先", "Billing address")]),
            new("contactName", FormFieldKind.Text, "ご担当者名", "Contact name", Required: true, MaxLength: 100),
            new("newValue", FormFieldKind.MultiLine, "変更内容", "Change", Required: true,
                HelpJa: "変更前と変更後の内容をご記入ください。", HelpEn: "Give the details before and after the change."),
            new("effectiveDate", FormFieldKind.Date, "変更希望日", "Requested date"),
        ]), 1, "ご契約者情報・ご担当者情報の変更を依頼します。", "Request a change of contractor or contact details.");
        var licences = WorkRequestType.Create("02", "02.端末ライセンス追加", "02. Additional device licences", RequestForm.Define([
            new("count", FormFieldKind.Number, "追加ライセンス数", "Licences to add", Required: true, Min: 1, Max: 10000),
            new("startDate", FormFieldKind.Date, "適用希望日", "Requested date", Required: true),
            new("note", FormFieldKind.MultiLine, "備考", "Notes"),
        ]), 2, "ご契約 ID 数の追加を依頼します。", "Request more contracted IDs.");
        var policy = WorkRequestType.Create("03", "03.ポリシー設定変更", "03. Policy setting change", RequestForm.Define([
            new("policy", FormFieldKind.Text, "対象ポリシー", "Policy", Required: true),
            new("detail", FormFieldKind.MultiLine, "変更内容", "Change", Required: true),
            new("sheet", FormFieldKind.File, "設定シート", "Settings sheet", HelpJa: "設定シート (Excel) があれば添付してください。",
                HelpEn: "Attach the settings sheet (Excel) if you have one."),
        ]), 3, "Falcon Mobile のポリシー設定変更を依頼します。", "Request a Falcon Mobile policy change.");
        var move = WorkRequestType.Create("04", "04.端末の移行", "04. Device transfer", RequestForm.Define([
            new("target", FormFieldKind.CustomerNumber, "移行先お客様番号", "Customer number to move to", Required: true),
            new("devices", FormFieldKind.MultiLine, "対象端末", "Devices", Required: true, HelpJa: "1 行に 1 台、端末名をご記入ください。",
                HelpEn: "One device name per line."),
            new("list", FormFieldKind.File, "端末一覧", "Device list"),
        ]), 4, "端末を別のお客様番号へ移行します。", "Move devices to another of your customer numbers.");
        var retired = WorkRequestType.Create("09", "09.旧センサー更新 (受付終了)", "09. Old sensor update (closed)", RequestForm.Define([
            new("devices", FormFieldKind.MultiLine, "対象端末", "Devices", Required: true),
        ]), 9);
        db.WorkRequestTypes.AddRange(change, licences, policy, move, retired);

        var submitted = WorkRequest.Submit(await NextAsync(WorkRequest.NumberPrefix, "workrequest", ct), w.A1, licences, w.Customer.Id,
            Answers(licences, ("count", "50"), ("startDate", "2026-12-15"), ("note", "新入社員向け")), _now.AddDays(-1));
        var accepted = WorkRequest.Submit(await NextAsync(WorkRequest.NumberPrefix, "workrequest", ct), w.A2, change, w.Admin.Id,
            Answers(change, ("target", "contact"), ("contactName", "佐藤 太郎"), ("newValue", "電話番号を 06-0000-0000 に変更")), _now.AddDays(-12));
        var acceptedCase = Case.FromWorkRequest(await NextAsync(Case.NumberPrefix, CaseSequence, ct), w.A2, accepted,
            $"{change.NameJa} ({accepted.Number})", string.Join("\n", accepted.Answers.Select(a => $"{a.Label.Japanese}: {a.Value.Japanese}")), _now.AddDays(-11));
        accepted.Accept(acceptedCase.Id, w.Agent.Id, _now.AddDays(-11));
        acceptedCase.StartWork(w.Agent.Id, _now.AddDays(-10));
        var old = WorkRequest.Submit(await NextAsync(WorkRequest.NumberPrefix, "workrequest", ct), w.A1, retired, w.Admin.Id,
            Answers(retired, ("devices", "iPhone-001")), _now.AddDays(-60));
        var rejected = WorkRequest.Submit(await NextAsync(WorkRequest.NumberPrefix, "workrequest", ct), w.B1, policy, w.CustomerB.Id,
            Answers(policy, ("policy", "Default"), ("detail", "Disable all detections")), _now.AddDays(-5));
        rejected.Reject("Disabling all detections would leave the devices unprotected; please contact us to discuss.", w.Agent.Id, _now.AddDays(-4));
        old.Reject("この作業は受付を終了しました。新しいセンサーへの更新は自動で行われます。", w.Agent.Id, _now.AddDays(-59));
        retired.Deactivate();
        db.WorkRequests.AddRange(submitted, accepted, rejected, old);
        db.Cases.Add(acceptedCase);
    }

    /// <summary>KB-1..4 and ANN-1: the four bases with categories, published articles, announcements.</summary>
    private async Task SeedKnowledgeAsync(DemoWorld w, CancellationToken ct)
    {
        var docs = KnowledgeBase.Create("お客様向けドキュメント", "Customer documents", 1);
        var specs = docs.AddCategory("01. サービス仕様書", "01. Service specifications", 1);
        var manuals = docs.AddCategory("02. カスタマーポータルご利用ガイド", "02. Customer portal guide", 2);
        docs.AddCategory("03. Falcon Mobile操作ガイド", "03. Falcon Mobile operation guide", 3);
        var alerts = docs.AddCategory("04. アラート対応表", "04. Alert response table", 4);
        var news = KnowledgeBase.Create("お知らせ", "News", 2);
        var faq = KnowledgeBase.Create("よくあるご質問", "FAQ", 3);
        var maintenance = KnowledgeBase.Create("メンテナンス", "Maintenance", 4);
        db.KnowledgeBases.AddRange(docs, news, faq, maintenance);

        var spec = await ArticleAsync(docs, specs.Id, Language.Japanese, "CrowdStrike Falcon Mobile マネージドサービス サービス仕様書",
            "<h2>1. サービス概要</h2><p>本サービスは、モバイル端末の脅威を検知し、セキュリティアドバイザリーセンターが分析・通知します。</p><h2>2. アラート対応表</h2><p>重大度ごとの通知時間はアラート対応表を参照してください。</p>", w, 200, ct);
        // KB-4: an article in both languages.
        spec.Translate("CrowdStrike Falcon Mobile managed service: service specification",
            "<h2>1. Overview</h2><p>The service detects threats on mobile devices; the Security Advisory Center analyses them and notifies you.</p><h2>2. Alert response table</h2><p>See the alert response table for the notification time of each severity.</p>",
            _now.AddDays(-200));
        await ArticleAsync(docs, manuals.Id, Language.Japanese, "カスタマーポータル ご利用ガイド",
            "<p>ログイン、お問い合わせ、ケース一覧、ナレッジの使い方を説明します。</p>", w, 150, ct);
        await ArticleAsync(docs, manuals.Id, Language.English, "Customer portal user guide",
            "<p>How to sign in, open inquiries, follow cases and read knowledge articles.</p>", w, 150, ct);
        await ArticleAsync(faq, null, Language.Japanese, "パスワードを忘れた場合は？",
            "<p>ログイン画面の「パスワードを忘れた場合」からリセットできます。</p>", w, 90, ct);
        var release = await ArticleAsync(news, null, Language.Japanese, "Falcon Mobile センサー新バージョン提供開始のお知らせ",
            "<p>新しいセンサーバージョンの提供を開始しました。</p>", w, 3, ct);
        var window = await ArticleAsync(maintenance, null, Language.Japanese, "カスタマーポータル定期メンテナンスのお知らせ",
            "<p>下記日程でメンテナンスを実施します。メンテナンス中はログインできません。</p>", w, 2, ct);
        await DocumentArticleAsync(docs, alerts.Id, w, ct);
        // KB-4: a draft only the provider's staff see.
        db.KnowledgeArticles.Add(KnowledgeArticle.Draft(await NextAsync(KnowledgeArticle.NumberPrefix, "article", ct), faq, null, Language.Japanese,
            "端末の紛失時の対応 (作成中)", "<p>紛失した端末のロックとワイプの手順をまとめています。</p>", w.Agent.Id, Name(w.Agent), _now.AddDays(-1)));

        db.Announcements.AddRange(
            Announcement.Create("カスタマーポータル定期メンテナンスのお知らせ", "Scheduled maintenance of the customer portal",
                _now.AddDays(-2), _now.AddDays(14), window.Id),
            Announcement.Create("Falcon Mobile センサー新バージョン提供開始", "New Falcon Mobile sensor version available",
                _now.AddDays(-3), _now.AddDays(30), release.Id),
            Announcement.Create("年末年始の受付時間について", "Support hours over the New Year holidays",
                _now.AddDays(-90), _now.AddDays(-60), null));
    }

    /// <summary>KB-3 (guide 4.9 (4)): a customer document whose title downloads it: an article with no body and its PDF.</summary>
    private async Task DocumentArticleAsync(KnowledgeBase knowledgeBase, Guid categoryId, DemoWorld w, CancellationToken ct)
    {
        var pdf = exports.Single(e => e.Format == ExportFormat.Pdf);
        await using var content = new MemoryStream();
        object?[][] rows =
        [
            ["Critical / 緊急", "15 分以内に電話とメール", "端末をネットワークから隔離してください。"],
            ["High / 高", "30 分以内にメール", "検知内容を確認し、想定外であれば調査を依頼してください。"],
            ["Medium / 中", "翌営業日までにメール", "ポリシーを確認してください。"],
            ["Low / 低", "月次レポート", "対応は不要です。"],
        ];
        await pdf.WriteAsync(content, new TableHeader("CrowdStrike Falcon Mobile アラート対応表 1.01",
            [new("重大度 / Severity", 1), new("通知 / Notification", 1.5), new("お客様の対応 / Your action", 2.5)]), rows.ToAsyncEnumerable(), ct);
        content.Position = 0;
        var file = await storage.SaveAsync(content, "CrowdStrike_Falcon_Mobile_アラート対応表_1.01.pdf", pdf.ContentType, long.MaxValue, ct);
        var article = KnowledgeArticle.Draft(await NextAsync(KnowledgeArticle.NumberPrefix, "article", ct), knowledgeBase, categoryId,
            Language.Japanese, "CrowdStrike_Falcon_Mobile_アラート対応表_1.01.pdf", "", w.Agent.Id, Name(w.Agent), _now.AddDays(-400));
        article.AddAttachment(file, w.Agent.Id, _now.AddDays(-400));
        article.Publish(_now.AddDays(-400));
        db.KnowledgeArticles.Add(article);
    }

    private async Task<KnowledgeArticle> ArticleAsync(KnowledgeBase knowledgeBase, Guid? categoryId, Language language, string title,
        string body, DemoWorld w, double daysAgo, CancellationToken ct)
    {
        var article = KnowledgeArticle.Draft(await NextAsync(KnowledgeArticle.NumberPrefix, "article", ct), knowledgeBase, categoryId,
            language, title, body, w.Agent.Id, Name(w.Agent), _now.AddDays(-daysAgo));
        article.Publish(_now.AddDays(-daysAgo));
        db.KnowledgeArticles.Add(article);
        return article;
    }

    private async Task<string> NextAsync(string prefix, string sequence, CancellationToken ct) =>
        SequenceNumber.Format(prefix, await numbers.NextAsync(sequence, ct));

    private static IReadOnlyList<RequestAnswer> Answers(WorkRequestType type, params (string Name, string Value)[] values) =>
        type.Form.Answer(values.ToDictionary(v => v.Name, v => (string?)v.Value), new Dictionary<string, IReadOnlyList<string>>());
}
