using Portal.Domain.Common;
using Portal.Domain.Knowledge;
using Portal.Domain.Knowledge.Events;
using Portal.Domain.Tests.Builders;

namespace Portal.Domain.Tests.Knowledge;

[Trait("Req", "KB-4")]
public class KnowledgeArticleTests
{
    private static readonly KnowledgeBase Docs = KnowledgeBase.Create("お客様向けドキュメント", "Customer documents", 1);
    private static readonly KnowledgeCategory Specs = Docs.AddCategory("01. サービス仕様書", "01. Service specification", 1);

    [Fact]
    public void An_article_is_drafted_published_then_retired()
    {
        var article = Draft();
        Assert.Equal(ArticleStatus.Draft, article.Status);

        article.Publish(A.Now.AddDays(1));
        Assert.Equal((ArticleStatus.Published, A.Now.AddDays(1)), (article.Status, article.PublishedAt!.Value));

        article.Retire(A.Now.AddDays(2));
        Assert.Equal(ArticleStatus.Retired, article.Status);
        Assert.Collection(article.DomainEvents, e => Assert.IsType<ArticlePublished>(e), e => Assert.IsType<ArticleRetired>(e));
    }

    [Fact]
    public void A_draft_cannot_be_retired_and_a_published_article_cannot_be_published_again()
    {
        var draft = Draft();
        Assert.Equal("Article.IllegalTransition", A.Refusal(() => draft.Retire(A.Now)).Code);

        draft.Publish(A.Now);
        Assert.Equal("Article.IllegalTransition", A.Refusal(() => draft.Publish(A.Now)).Code);
    }

    [Fact]
    public void A_retired_article_is_not_edited_or_published()
    {
        var article = Draft();
        article.Publish(A.Now);
        article.Retire(A.Now);

        Assert.Equal("Article.Retired", A.Refusal(() => article.Edit(Language.Japanese, "t", "<p>b</p>", A.Now)).Code);
        Assert.Equal("Article.IllegalTransition", A.Refusal(() => article.Publish(A.Now)).Code);
        Assert.Equal("Article.Retired", A.Refusal(() => article.AddAttachment(A.File(), Guid.Empty, A.Now)).Code);
    }

    [Fact]
    public void A_published_article_can_be_edited()
    {
        var article = Draft();
        article.Publish(A.Now);

        article.Edit(Language.English, "Service specification", "<p>v2</p>", A.Now.AddDays(3));

        Assert.Equal(("Service specification", Language.English, A.Now.AddDays(3)), (article.Title, article.Language, article.UpdatedAt));
    }

    [Fact]
    [Trait("Req", "KB-1")]
    public void The_category_must_belong_to_the_base()
    {
        var other = KnowledgeBase.Create("よくあるご質問", "FAQ", 2);

        var ex = A.Refusal(() => KnowledgeArticle.Draft("KB0000002", other, Specs.Id, Language.Japanese, "t", "<p>b</p>",
            Guid.Empty, "著者", A.Now));

        Assert.Equal("Article.CategoryNotInBase", ex.Code);
    }

    [Fact]
    [Trait("Req", "KB-3")]
    public void Views_are_counted_on_published_articles_only()
    {
        var article = Draft();
        Assert.Equal("Article.NotPublished", A.Refusal(article.CountView).Code);

        article.Publish(A.Now);
        article.CountView();

        Assert.Equal(1, article.ViewCount);
    }

    [Fact]
    [Trait("Req", "KB-3")]
    public void Restricting_to_services_replaces_the_previous_services()
    {
        var article = Draft();
        Guid first = Guid.CreateVersion7(), second = Guid.CreateVersion7();

        article.RestrictToServices([first, first], A.Now);
        article.RestrictToServices([second], A.Now);

        Assert.Equal(second, Assert.Single(article.Services).ServiceId);
    }

    [Fact]
    public void A_translated_article_reads_in_either_language_and_a_missing_one_falls_back_to_its_own()
    {
        var article = Draft();
        Assert.Equal([Language.Japanese], article.Languages);
        Assert.Equal((Language.Japanese, "サービス仕様書", "<p>本文</p>"), article.In(Language.English));

        article.Translate("Service specification", "<p>Body</p>", A.Now.AddDays(1));

        Assert.Equal([Language.Japanese, Language.English], article.Languages);
        Assert.Equal((Language.English, "Service specification", "<p>Body</p>"), article.In(Language.English));
        Assert.Equal((Language.Japanese, "サービス仕様書", "<p>本文</p>"), article.In(Language.Japanese));

        article.Translate(" ", "<p>ignored</p>", A.Now.AddDays(2));
        Assert.False(article.IsTranslated);
        Assert.Null(article.TranslatedBodyHtml);
    }

    [Fact]
    [Trait("Req", "KB-3")]
    public void A_document_article_has_no_body_and_is_published_only_with_its_document_which_it_then_keeps()
    {
        var article = KnowledgeArticle.Draft("KB0010933", Docs, Specs.Id, Language.Japanese, "アラート対応表.pdf", "  ",
            Guid.CreateVersion7(), "Toyomi Yoshida", A.Now);
        Assert.Equal("", article.BodyHtml);
        Assert.Equal("Article.Empty", A.Refusal(() => article.Publish(A.Now)).Code);

        var document = article.AddAttachment(A.File(), Guid.Empty, A.Now);
        article.Publish(A.Now);

        Assert.True(article.IsDocument);
        Assert.Equal("Article.Empty", A.Refusal(() => article.RemoveAttachment(document.Id, A.Now)).Code);
        Assert.Equal("Article.NoSuchAttachment", A.Refusal(() => article.RemoveAttachment(Guid.CreateVersion7(), A.Now)).Code);
    }

    [Fact]
    public void A_published_article_keeps_something_to_read_and_an_article_with_a_body_loses_its_documents_freely()
    {
        var article = Draft();
        var document = article.AddAttachment(A.File(), Guid.Empty, A.Now);
        article.Publish(A.Now);

        article.RemoveAttachment(document.Id, A.Now);
        Assert.Empty(article.Attachments);
        Assert.Equal("Article.Empty", A.Refusal(() => article.Edit(Language.Japanese, "サービス仕様書", "", A.Now)).Code);
    }

    private static KnowledgeArticle Draft() => KnowledgeArticle.Draft("KB0010932", Docs, Specs.Id, Language.Japanese,
        "サービス仕様書", "<p>本文</p>", Guid.CreateVersion7(), "Toyomi Yoshida", A.Now);
}
