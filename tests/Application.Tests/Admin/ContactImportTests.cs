using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Admin.Commands.ImportContacts;
using Portal.Application.Admin.ContactImport;
using Portal.Application.Admin.Queries.GetContact;
using Portal.Application.Admin.Queries.PreviewContactImport;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Account;
using Portal.Application.Tests.Account.Passwords;
using Portal.Application.Tests.Support;
using Portal.Domain.Common;
using Portal.Domain.Contacts;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Admin;

/// <summary>ADM-2 bulk creation: a CSV of contacts is previewed with per-row errors, then created all or none, each user with its activation mail.</summary>
[Trait("Req", "ADM-2")]
public sealed class ContactImportTests
{
    private const string JapaneseHeader = "姓,名,メール,言語,ユーザーID,管理者,お客様番号";

    private static byte[] Utf8(params string[] lines) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")];

    private static string Row(int i, string numbers = Demo.A1) => $"佐藤,{i}郎,person{i}@example.com,,,,{numbers}";

    [Fact]
    public async Task A_preview_lists_each_row_as_its_contact_and_stores_nothing()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var before = await DemoWorld.CountAsync(app);

        var plan = await app.Send(new PreviewContactImport(Utf8(JapaneseHeader,
            "佐藤,一郎,ichiro.sato@example.com,日本語,,いいえ,N202400001",
            $"Clark,Ann,ann.clark@example.com,English,ann.c,はい,\"{Demo.A1}; {Demo.A3}\"")));

        Assert.True(plan.CanImport);
        Assert.Equal([(2, "佐藤 一郎", "ichiro.sato@example.com.fm", false, Demo.A1), (3, "Ann Clark", "ann.c", true, $"{Demo.A1} {Demo.A3}")],
            plan.Rows.Select(r => (r.Line, r.Name, r.UserId, r.IsAdmin, string.Join(" ", r.CustomerNumbers))));
        Assert.Equal(before, await DemoWorld.CountAsync(app));
    }

    [Fact, Trait("Req", "AUTH-4")]
    public async Task The_import_creates_every_contact_linked_to_its_numbers_with_an_activation_mail_in_its_language()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var before = await DemoWorld.CountAsync(app);

        var plan = await app.Send(new ImportContacts(Utf8(JapaneseHeader,
            "佐藤,一郎,ichiro.sato@example.com,日本語,,いいえ,N202400001",
            $"Clark,Ann,ann.clark@example.com,English,ann.c,はい,{Demo.A1};{Demo.A3}")));

        Assert.Equal(2, plan.Created);
        var after = await DemoWorld.CountAsync(app);
        Assert.Equal((before.Contacts + 2, before.Users + 2), (after.Contacts, after.Users));
        var ann = await Contacts.PageAsync(app, "ann.c");
        Assert.Equal((ContactRole.CustomerAdmin, Language.English, "Asia/Tokyo"), (ann.Role, ann.Language, ann.TimeZone));
        Assert.Equal(new[] { await Contacts.AccountIdAsync(app, Demo.A1), await Contacts.AccountIdAsync(app, Demo.A3) }.Order(), ann.LinkedAccountIds.Order());
        var mails = await Resets.MailsAsync(app);
        Assert.Equal([("ann.clark@example.com", "Your customer portal account was created"), ("ichiro.sato@example.com", "カスタマーポータルのアカウントが作成されました")],
            mails.Select(m => (m.To, m.Subject)).Order());
    }

    [Fact]
    public async Task One_bad_row_creates_nothing_and_names_its_line_and_error()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var before = await DemoWorld.CountAsync(app);

        var plan = await app.Send(new ImportContacts(Utf8(JapaneseHeader, Row(1), "佐藤,二郎,not-an-email,,,,N202400001", Row(3))));

        Assert.Equal(0, plan.Created);
        Assert.False(plan.CanImport);
        var bad = Assert.Single(plan.Rows, r => r.Errors.Count > 0);
        Assert.Equal(3, bad.Line);
        Assert.Contains("メールアドレス", Assert.Single(bad.Errors), StringComparison.Ordinal);
        Assert.Equal(before, await DemoWorld.CountAsync(app));
        Assert.Empty(await Resets.MailsAsync(app));
    }

    [Fact, Trait("Req", "ADM-3"), Trait("Req", "TEN-1")]
    public async Task A_repeated_or_taken_user_id_and_another_companys_customer_number_are_row_errors()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);

        var plan = await app.Send(new PreviewContactImport(Utf8(JapaneseHeader,
            "佐藤,一郎,a@example.com,,same.id,,N202400001",
            "佐藤,二郎,b@example.com,,SAME.ID,,N202400001",
            $"佐藤,三郎,c@example.com,,{Demo.CustomerB.ToUpperInvariant()},,N202400001",
            $"佐藤,四郎,d@example.com,,,,{Demo.B1}",
            $"佐藤,五郎,e@example.com,,{new string('x', 41)},,N202400001",
            "佐藤,六郎,f@example.com,Klingon,,maybe,N202400001")));

        var errors = plan.Rows.ToDictionary(r => r.Line, r => string.Join(" | ", r.Errors));
        Assert.Equal("", errors[2]);
        Assert.Equal("このユーザーIDは 2 行目と同じです。ユーザーIDは重複できません。", errors[3]);
        Assert.Equal(Contacts.TakenMessage, errors[4]);
        Assert.Equal($"お客様番号 {Demo.B1} はこの企業のお客様番号ではありません。", errors[5]);
        Assert.Contains("ユーザーID", errors[6], StringComparison.Ordinal);
        Assert.Equal("言語「Klingon」は使用できません。「日本語」か「English」で入力してください。 | 「maybe」は「はい」か「いいえ」で入力してください。", errors[7]);
        Assert.Equal(5, plan.RowsWithErrors);
    }

    [Fact, Trait("Req", "UI-3")]
    public async Task A_Shift_JIS_file_with_English_headers_is_read_and_errors_follow_the_users_language()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var csv = "Last name,First name,E-mail,Customer numbers\r\n山田,太郎,taro@example.com,N202400002\r\n高橋,,bad,N202400002\r\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        ContactImportPlan plan;
        try
        {
            plan = await app.Send(new PreviewContactImport(Encoding.GetEncoding(932).GetBytes(csv)));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        Assert.Equal(["山田 太郎", "高橋"], plan.Rows.Select(r => r.Name));
        Assert.Empty(plan.Rows[0].Errors);
        Assert.Contains("e-mail address", Assert.Single(plan.Rows[1].Errors), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadFiles() => new()
    {
        { "", "ファイルを選択してください。" },
        { "姓,メール\r\n", "必須の列「お客様番号」がありません。" },
        { "姓,メール,お客様番号,Shoe size\r\nA,a@example.com,N202400001,42\r\n", "見出し「Shoe size」は列として使えません。テンプレートの見出しを使用してください。" },
        { "姓,メール,お客様番号\r\n", "ファイルに連絡先の行がありません。1 行目の見出しの下に、1 行に 1 人ずつ入力してください。" },
        { "\0\u0001PK\u0003\u0004", "CSV ファイルとして読み込めませんでした。Excel で「CSV UTF-8 (コンマ区切り)」または「CSV (コンマ区切り)」で保存したファイルを選択してください。" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_file_that_is_not_a_contact_list_is_refused_as_a_whole(string content, string error)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);

        var plan = await app.Send(new ImportContacts(Encoding.UTF8.GetBytes(content)));

        Assert.Equal(error, Assert.Single(plan.FileErrors));
        Assert.Equal((0, 0), (plan.Rows.Count, plan.Created));
    }

    [Fact]
    public async Task More_than_2000_rows_or_2_MB_are_refused_before_anything_is_checked()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);

        var many = await app.Send(new PreviewContactImport(Utf8([JapaneseHeader, .. Enumerable.Range(1, 2001).Select(i => Row(i))])));
        var large = await app.Send(new PreviewContactImport(new byte[ContactImportPlan.MaxBytes + 1]));

        Assert.Equal("一度に作成できる連絡先は 2000 件までです (このファイルは 2001 件)。ファイルを分けてください。", Assert.Single(many.FileErrors));
        Assert.Equal("ファイルが大きすぎます。2 MB までの CSV ファイルを選択してください。", Assert.Single(large.FileErrors));
    }

    [Fact, Trait("Req", "MAIL-2")]
    public async Task Five_hundred_rows_become_five_hundred_contacts_users_and_mails_once()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var before = await DemoWorld.CountAsync(app);
        var file = Utf8([JapaneseHeader, .. Enumerable.Range(1, 500).Select(i => Row(i, $"{Demo.A1} {Demo.A2}"))]);

        var plan = await app.Send(new ImportContacts(file));
        var again = await app.Send(new ImportContacts(file));

        Assert.Equal((500, 0, 500), (plan.Created, again.Created, again.RowsWithErrors));
        var after = await DemoWorld.CountAsync(app);
        Assert.Equal((before.Contacts + 500, before.Users + 500), (after.Contacts, after.Users));
        var mails = await Resets.MailsAsync(app);
        Assert.Equal(500, mails.Select(m => m.To).Distinct().Count());
        Assert.Equal(500, mails.Count);
        Assert.Equal(1000, await app.InScopeAsync(sp => sp.Db().Contacts.Where(c => c.Email.StartsWith("person")).SelectMany(c => c.Accounts).CountAsync()));
    }

    [Theory, Trait("Req", "AUTH-4")]
    [ClassData(typeof(BothDatabases))]
    public async Task An_imported_user_sets_its_password_through_the_first_login_flow(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.SignedInAs(Demo.AdminA);
        await app.Send(new ImportContacts(Utf8(JapaneseHeader, Row(7))));
        const string userId = "person7@example.com.fm";

        await Resets.Request(app, userId, "person7@example.com");

        var reset = Assert.Single(await Resets.MailsAsync(app), m => m.Subject == "パスワードのリセット");
        await app.Anonymous().Send(Resets.ResetWith(Resets.LinkIn(reset.TextBody), PasswordPolicyTests.Twelve));
        Assert.Equal(Portal.Application.Account.Commands.SignIn.SignInOutcome.SignedIn,
            await Contacts.SignInAsync(app, userId, PasswordPolicyTests.Twelve));
    }

    [Fact, Trait("Req", "TEN-1")]
    public async Task A_customer_cannot_import_and_an_admin_naming_another_company_imports_into_its_own()
    {
        await using var app = await PortalApp.StartAsync();
        var companyB = await app.InScopeAsync(sp => sp.Db().CustomerAccounts.Where(a => a.Number == Demo.B1).Select(a => a.CompanyId).SingleAsync());

        await app.SignedInAs(Demo.CustomerA);
        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(new ImportContacts(Utf8(JapaneseHeader, Row(1)))));
        await app.SignedInAs(Demo.AdminA);
        var plan = await app.Send(new ImportContacts(Utf8(JapaneseHeader, Row(2, Demo.B1)), companyB));

        Assert.Equal($"お客様番号 {Demo.B1} はこの企業のお客様番号ではありません。", Assert.Single(Assert.Single(plan.Rows).Errors));
        Assert.Equal(0, plan.Created);
    }
}
