using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Common;
using Portal.Domain.Knowledge;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Seeding;

namespace Portal.Benchmarks.Knowledge;

/// <summary>
/// KB-2 at volume: published articles in Japanese and English spread over the demo knowledge bases and their
/// categories, made through the domain and saved by the portal's own DbContext in batches (so every row is
/// what the portal writes). The data depends only on the seed.
/// </summary>
internal static class ArticleSeeder
{
    /// <summary>A word in about one article in eight (Japanese and English).</summary>
    public const string Keyword = "センサー";

    public const string EnglishKeyword = "enrollment";

    private const int Batch = 2_000;
    private const int FirstNumber = 1_000_000;

    private static readonly string[] TopicsJa =
    [
        "センサーの更新手順", "端末の登録上限", "アラート対応表の見方", "検知ポリシーの設定", "証明書の更新", "管理コンソールへのログイン",
        "月次レポートの受け取り", "紛失端末のロック", "OS アップデート後の確認", "VPN 接続の注意点", "多要素認証の設定", "アプリの再インストール",
    ];

    private static readonly string[] TopicsEn =
    [
        "Updating the sensor", "Device enrollment limits", "Reading the alert matrix", "Detection policy settings", "Renewing certificates",
        "Signing in to the console", "Receiving the monthly report", "Locking a lost device", "Checks after an OS update",
        "VPN connection notes", "Setting up MFA", "Reinstalling the app",
    ];

    private static readonly string[] SentencesJa =
    [
        "本手順はすべての対象端末で実施してください。", "設定後は管理コンソールで状態が正常であることを確認します。",
        "不明な点はお問い合わせからご連絡ください。", "センサーのバージョンは端末の詳細画面で確認できます。",
        "対応には管理者権限が必要です。", "変更内容は翌営業日に反映されます。",
    ];

    private static readonly string[] SentencesEn =
    [
        "Apply these steps on every managed device.", "Afterwards, check in the console that the status is healthy.",
        "If anything is unclear, please open an inquiry.", "The sensor version is shown on the device's detail page.",
        "An administrator account is required.", "Changes take effect on the next business day.",
        "Device enrollment requires the enrollment token from the console.",
    ];

    public static async Task<(int Articles, TimeSpan Elapsed)> SeedAsync(IServiceProvider services, int count, int seed, DateTimeOffset now)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(seed);
        List<KnowledgeBase> bases;
        Guid authorId;
        string authorName;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            bases = await db.KnowledgeBases.IgnoreQueryFilters().Include(b => b.Categories).AsNoTracking().ToListAsync();
            var agent = await db.Contacts.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.UserId == DemoAccounts.Agent);
            (authorId, authorName) = (agent.Id, agent.LastName + " " + agent.FirstName);
        }

        for (var first = 0; first < count; first += Batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = first; i < Math.Min(count, first + Batch); i++)
            {
                var knowledgeBase = bases[random.Next(bases.Count)];
                var categories = knowledgeBase.Categories.ToList();
                Guid? category = categories.Count > 0 && random.Next(4) > 0 ? categories[random.Next(categories.Count)].Id : null;
                var english = random.Next(2) == 0;
                var topic = english ? TopicsEn[random.Next(TopicsEn.Length)] : TopicsJa[random.Next(TopicsJa.Length)];
                var sentences = english ? SentencesEn : SentencesJa;
                var body = string.Concat(Enumerable.Range(0, 3 + random.Next(5)).Select(_ => "<p>" + sentences[random.Next(sentences.Length)] + "</p>"));
                var at = now.AddMinutes(-random.Next(60 * 24 * 900));
                var article = KnowledgeArticle.Draft(string.Create(CultureInfo.InvariantCulture, $"{KnowledgeArticle.NumberPrefix}{FirstNumber + i:D7}"),
                    knowledgeBase, category, english ? Language.English : Language.Japanese,
                    string.Create(CultureInfo.InvariantCulture, $"{topic} ({i + 1})"), body, authorId, authorName, at);
                article.Publish(at);
                db.KnowledgeArticles.Add(article);
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var last = FirstNumber + count - 1;
            await db.Database.ExecuteSqlAsync($"""UPDATE "SequenceCounters" SET "Value" = {last} WHERE "Name" = 'article'""");
            // Publishing raised one event per article; nothing waits for them, and delivering them during the load would skew it.
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "OutboxMessages" WHERE "Type" LIKE {"%" + nameof(Portal.Domain.Knowledge.Events.ArticlePublished)}""");
        }

        return (count, watch.Elapsed);
    }
}
