using Microsoft.EntityFrameworkCore;
using Portal.Domain.Outbox;
using Portal.Infrastructure.Jobs;

namespace Portal.Application.Tests.Support;

internal static class Outbox
{
    public static Task<List<OutboxMessage>> RowsAsync(PortalApp app) =>
        app.InScopeAsync(sp => sp.Db().OutboxMessages.AsNoTracking().OrderBy(m => m.OccurredAt).ToListAsync());

    public static async Task<OutboxMessage> MailRowAsync(PortalApp app) =>
        Assert.Single(await RowsAsync(app), m => m.Type == OutboxProcessor.MailType);
}
