using Portal.Domain.Cases;
using Portal.Domain.Cases.Events;
using Portal.Domain.Tests.Builders;

namespace Portal.Domain.Tests.Cases;

public class CaseConversationTests
{
    [Fact]
    [Trait("Req", "CASE-3")]
    public void A_customer_comment_on_an_awaiting_case_puts_it_back_in_progress()
    {
        var c = ACase.In(CaseStatus.AwaitingCustomer);

        var comment = c.AddComment(ACase.Contact, "山田 太郎", false, false, "<p>ログを添付します。</p>", ACase.Now.AddHours(1));

        Assert.Equal(CaseStatus.InProgress, c.Status);
        Assert.Equal(ACase.Now.AddHours(1), c.UpdatedAt);
        Assert.Collection(c.DomainEvents,
            e => Assert.Equal(comment.Id, Assert.IsType<CaseCommented>(e).CommentId),
            e => Assert.Equal(CaseStatus.InProgress, Assert.IsType<CaseStatusChanged>(e).To));
    }

    [Theory]
    [Trait("Req", "CASE-3")]
    [InlineData(CaseStatus.New)]
    [InlineData(CaseStatus.InProgress)]
    [InlineData(CaseStatus.Resolved)]
    public void A_customer_comment_elsewhere_keeps_the_status(CaseStatus status)
    {
        var c = ACase.In(status);

        c.AddComment(ACase.Contact, "山田 太郎", false, false, "<p>補足です。</p>", ACase.Now);

        Assert.Equal(status, c.Status);
        Assert.IsType<CaseCommented>(Assert.Single(c.DomainEvents));
    }

    [Fact]
    [Trait("Req", "CASE-3")]
    public void An_agent_comment_on_an_awaiting_case_keeps_it_awaiting()
    {
        var c = ACase.In(CaseStatus.AwaitingCustomer);

        c.AddComment(ACase.Agent, "SAC", true, false, "<p>ご確認ください。</p>", ACase.Now);

        Assert.Equal(CaseStatus.AwaitingCustomer, c.Status);
    }

    [Fact]
    [Trait("Req", "AGT-1")]
    public void Only_agents_write_work_notes()
    {
        var c = ACase.In(CaseStatus.InProgress);

        var ex = A.Refusal(() => c.AddComment(ACase.Contact, "山田 太郎", false, true, "<p>内部</p>", ACase.Now));

        Assert.Equal("Case.WorkNoteByCustomer", ex.Code);
        Assert.Empty(c.Comments);
    }

    [Fact]
    [Trait("Req", "AGT-1")]
    public void A_work_note_is_marked_as_such_in_the_comment_and_the_event()
    {
        var c = ACase.In(CaseStatus.AwaitingCustomer);

        var note = c.AddComment(ACase.Agent, "SAC", true, true, "<p>内部メモ</p>", ACase.Now);

        Assert.True(note.IsWorkNote);
        Assert.True(Assert.IsType<CaseCommented>(Assert.Single(c.DomainEvents)).IsWorkNote);
        Assert.Equal(CaseStatus.AwaitingCustomer, c.Status);
    }

    [Fact]
    [Trait("Req", "CASE-7")]
    public void An_empty_comment_is_refused()
    {
        var ex = A.Refusal(() => ACase.Inquiry().AddComment(ACase.Contact, "山田", false, false, " ", ACase.Now));

        Assert.Equal("Case.EmptyComment", ex.Code);
    }

    [Fact]
    [Trait("Req", "CASE-8")]
    public void An_attachment_records_the_file_and_raises_an_event()
    {
        var c = ACase.Inquiry();
        c.ClearDomainEvents();

        var attachment = c.AddAttachment(A.File("log.zip"), ACase.Contact, ACase.Now.AddMinutes(5));

        Assert.Equal(("log.zip", 1024L, c.Id), (attachment.FileName, attachment.Length, attachment.CaseId));
        Assert.Equal(new string('A', 64), attachment.Sha256);
        Assert.Equal(ACase.Now.AddMinutes(5), c.UpdatedAt);
        Assert.Equal(attachment.Id, Assert.IsType<CaseAttachmentAdded>(Assert.Single(c.DomainEvents)).AttachmentId);
    }

    [Fact]
    [Trait("Req", "CASE-10")]
    public void Watching_twice_or_unwatching_without_watching_is_refused()
    {
        var c = ACase.Inquiry();
        var watcher = Guid.CreateVersion7();

        c.Watch(watcher, ACase.Now);

        Assert.True(c.IsWatchedBy(watcher));
        Assert.Equal("Case.AlreadyWatching", A.Refusal(() => c.Watch(watcher, ACase.Now)).Code);
        c.Unwatch(watcher, ACase.Now);
        Assert.False(c.IsWatchedBy(watcher));
        Assert.Equal("Case.NotWatching", A.Refusal(() => c.Unwatch(watcher, ACase.Now)).Code);
    }
}
