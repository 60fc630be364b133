using Portal.Domain.Cases;
using Portal.Domain.Common;
using Portal.Domain.Contacts;
using Portal.Domain.LoginHistory;

namespace Portal.Infrastructure.Seeding;

public sealed partial class DemoSeeder
{
    private const string CaseSequence = "case";

    /// <summary>Cases in every status (CASE-3) with both sides' comments, a work note, and alerts.</summary>
    private async Task SeedCasesAsync(DemoWorld w, CancellationToken ct)
    {
        var agent = w.Agent;
        var closed = await InquiryAsync(w.A2, w.Customer, CaseCategory.Other, "管理コンソールのログイン URL について",
            "管理コンソールへのログイン URL を教えてください。", 60, ct);
        AgentReply(closed, agent, "<p>ログイン URL はサービス仕様書 2.1 章に記載しております。</p>", 59);
        closed.Resolve("ログイン URL をご案内しました。", agent.Id, _now.AddDays(-58));
        closed.AcceptSolution(w.Customer.Id, _now.AddDays(-57));

        var resolved = await InquiryAsync(w.A1, w.Customer, CaseCategory.Service, "端末の登録上限について",
            "現在の契約で登録できる端末数の上限を確認したいです。", 20, ct);
        AgentReply(resolved, agent, "<p>ご契約の ID 数は <strong>500</strong> です。上限に達した場合は作業依頼からライセンス数変更をご依頼ください。</p>", 19);
        resolved.Resolve("契約 ID 数をご案内しました。", agent.Id, _now.AddDays(-18));

        var awaiting = await InquiryAsync(w.A2, w.Admin, CaseCategory.ProductSpec, "iOS 18 でのアラート通知仕様",
            "iOS 18 の端末でアラート通知が届くまでの時間を教えてください。アラート対応表の更新予定もあれば知りたいです。", 6, ct);
        awaiting.StartWork(agent.Id, _now.AddDays(-6).AddHours(2));
        awaiting.AddComment(agent.Id, Name(agent), isFromAgent: true, isWorkNote: true, "<p>製品チームに確認中。回答期限は金曜。</p>", _now.AddDays(-5));
        AgentReply(awaiting, agent, "<p>通知は通常 5 分以内に届きます。ご利用の MDM 製品名を教えていただけますか。</p>", 4);
        awaiting.RequestCustomerInput(agent.Id, _now.AddDays(-4));

        var inProgress = await InquiryAsync(w.A3, w.Admin, CaseCategory.Fault, "一部端末でセンサーが応答しない",
            "福岡支店の端末 3 台で Falcon センサーが応答しません。", 2, ct);
        inProgress.StartWork(agent.Id, _now.AddDays(-2).AddHours(1));
        inProgress.Assign(agent.Id, agent.Id, _now.AddDays(-2).AddHours(1));
        inProgress.AddComment(w.Admin.Id, Name(w.Admin), isFromAgent: false, isWorkNote: false, "<p>対象端末の一覧を添付します。</p>", _now.AddDays(-1));

        await InquiryAsync(w.A1, w.Customer, CaseCategory.Fault, "アプリが起動しない端末がある",
            "本店の Android 端末 1 台で Falcon アプリが起動しません。", 0.2, ct);

        var english = await InquiryAsync(w.B1, w.CustomerB, CaseCategory.Service, "Monthly report delivery address",
            "Please send the monthly report to our new security team mailbox.", 9, ct);
        AgentReply(english, agent, "<p>Could you tell us the new address?</p>", 8);
        english.RequestCustomerInput(agent.Id, _now.AddDays(-8));
        english.AddComment(w.CustomerB.Id, Name(w.CustomerB), isFromAgent: false, isWorkNote: false, "<p>It is secteam@example.org.</p>", _now.AddDays(-7));

        await AlertAsync(w.A1, AlertDetails.Create("ldt:demo:0001", AlertSeverity.High, "MaliciousAppInstalled", "iPhone-HQ-0042",
                "yamada.hanako", "Persistence", "Compromise Application Executable", _now.AddDays(-3).AddMinutes(-4),
                "https://falcon.crowdstrike.com/mobile/detections/ldt:demo:0001"),
            "High severity detection: malicious app installed", "A sideloaded app with a known malicious signature was installed.", 3, ct);
        await AlertAsync(w.B1, AlertDetails.Create("ldt:demo:0002", AlertSeverity.Medium, "JailbreakSuspected", "SG-Android-17",
                "emily.clark", "Privilege Escalation", "Exploitation for Privilege Escalation", _now.AddDays(-1).AddMinutes(-9),
                "https://falcon.crowdstrike.com/mobile/detections/ldt:demo:0002"),
            "Medium severity detection: jailbreak suspected", "The device shows signs of a rooted operating system.", 1, ct);
    }

    private async Task<Case> InquiryAsync(Domain.Companies.CustomerAccount account, Contact contact, CaseCategory category,
        string subject, string description, double daysAgo, CancellationToken ct)
    {
        var number = await NextAsync(Case.NumberPrefix, CaseSequence, ct);
        var inquiry = Case.OpenInquiry(number, account, contact.Id, category, subject, description, null, _now.AddDays(-daysAgo));
        db.Cases.Add(inquiry);
        return inquiry;
    }

    private async Task AlertAsync(Domain.Companies.CustomerAccount account, AlertDetails details, string subject, string description,
        double daysAgo, CancellationToken ct)
    {
        var number = await NextAsync(Case.NumberPrefix, CaseSequence, ct);
        db.Cases.Add(Case.OpenAlert(number, account, details, subject, description, _now.AddDays(-daysAgo)));
    }

    private void AgentReply(Case target, Contact agent, string html, double daysAgo) =>
        target.AddComment(agent.Id, Name(agent), isFromAgent: true, isWorkNote: false, html, _now.AddDays(-daysAgo));

    private static string Name(Contact contact) => contact.DisplayName;

    /// <summary>HIST-1: a few weeks of sign-ins, a failure and a lockout.</summary>
    private void SeedLoginHistory(DemoWorld w)
    {
        var people = new[] { w.Customer, w.Admin, w.MfaCustomer, w.CustomerB, w.Agent };
        for (var day = 30; day >= 1; day -= 3)
        {
            foreach (var person in people)
            {
                var at = _now.AddDays(-day).AddHours(9 + (person.UserId.Length % 5));
                db.LoginEvents.Add(LoginEvent.Record(LoginEventKind.LoginSucceeded, person.UserId, person.Id, person.CompanyId, at, "203.0.113.10", DemoBrowser));
                db.LoginEvents.Add(LoginEvent.Record(LoginEventKind.Logout, person.UserId, person.Id, person.CompanyId, at.AddHours(1), "203.0.113.10", DemoBrowser));
            }
        }

        db.LoginEvents.Add(LoginEvent.Record(LoginEventKind.LoginFailed, w.Customer.UserId, w.Customer.Id, w.Customer.CompanyId, _now.AddDays(-2), "198.51.100.7", DemoBrowser));
        db.LoginEvents.Add(LoginEvent.Record(LoginEventKind.LoginFailed, "unknown.user@example.com.fm", null, null, _now.AddDays(-2), "198.51.100.7", DemoBrowser));
    }

    private const string DemoBrowser = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";
}
