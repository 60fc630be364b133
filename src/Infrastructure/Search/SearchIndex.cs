using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Application.Common.Mail;
using Portal.Application.Common.Search;
using Portal.Domain.Cases;
using Portal.Domain.Common;
using Portal.Domain.Knowledge;
using Portal.Infrastructure.Persistence;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Portal.Infrastructure.Search;

/// <summary>
/// CASE-5, UI-4, KB-2: this node's keyword index of cases and knowledge articles (Lucene.NET), in a folder of
/// its own (<see cref="SearchOptions.IndexPath"/>). One document per case holds its subject, description and
/// public comments as <see cref="SearchText"/> tokens (work notes never), with its customer account, status
/// and category; one per article its title and body with status, language and services. Scopes are terms of
/// every query, so counts never leave the user's scope (TEN-2).
/// <para>
/// The shared database stays the only truth: saves write <see cref="SearchChange"/> rows, and every search
/// first applies the rows this node has not seen (one indexed range read when there are none). So a change
/// made through any node is found by the next search on every node. A sequence number that shows up later
/// than higher ones (a transaction that committed late) is looked for again until it appears or
/// <see cref="GapPatience"/> has passed (a rolled-back transaction leaves a gap forever).
/// </para>
/// <para>
/// The index is built from the database when its folder is empty, belongs to another database
/// (<see cref="SearchEpoch"/>), is ahead of the database (a restore) or is older than the oldest change row
/// still kept; <see cref="RebuildAsync"/> does it on demand (<c>build.ps1 search-rebuild</c>).
/// </para>
/// </summary>
public sealed partial class SearchIndex : ISearchIndex, IDisposable
{
    private const string Key = "key";
    private const string Type = "type";
    private const string Id = "id";
    private const string Text = "text";
    private const string Account = "account";
    private const string Status = "status";
    private const string Category = "category";
    private const string Updated = "updated";
    private const string NumberField = "num";
    private const string AgentField = "agent";
    private const string NoAgent = "none";
    private const string CreatedAt = "created_t";
    private const string UpdatedAt = "updated_t";
    private const string FormatData = "format";

    /// <summary>What the documents hold; an index written in another format is rebuilt.</summary>
    private const string Format = "3";
    private const string LanguageField = "language";
    private const string BaseField = "base";
    private const string ServiceField = "service";
    private const string EveryService = "*";
    private const string CaseType = "case";
    private const string ArticleType = "article";
    private const string EpochData = "epoch";
    private const string SeqData = "seq";
    private const int Batch = 500;

    /// <summary>How many changes before a build's start it applies again.</summary>
    private const int RebuildOverlap = 1_000;

    /// <summary>How many words a trailing prefix ("s24" in "galaxy-s24") may stand for in a phrase.</summary>
    private const int PrefixExpansions = 1_000;

    /// <summary>How long a missing sequence number is waited for before it counts as rolled back.</summary>
    public static readonly TimeSpan GapPatience = TimeSpan.FromMinutes(2);

    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly Sort CaseOrder = new(
        new SortField(Updated, SortFieldType.INT64, reverse: true),
        new SortField(NumberField, SortFieldType.INT64, reverse: true));

    private static readonly Sort ArticleOrder = new(SortField.FIELD_SCORE, new SortField(Updated, SortFieldType.INT64, reverse: true));

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger<SearchIndex> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<long, long> _missing = [];
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private Guid _epoch;
    private long _high;
    private bool _opened;
    private bool _dirty;
    private long _lastCheckStarted;
    private int _disposed;

    public SearchIndex(SearchOptions options, IServiceScopeFactory scopes, TimeProvider clock, ILogger<SearchIndex> logger)
    {
        _scopes = scopes;
        _clock = clock;
        _logger = logger;
        (_directory, _writer) = OpenWriter(options.IndexPath, logger);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>The folder in use (a node whose configured folder is locked by another process uses one of its own).</summary>
    public string Path => ((FSDirectory)_directory).Directory.FullName;

    /// <summary>Whether the index has been opened against the database (the readiness check waits for it).</summary>
    public bool IsReady => Volatile.Read(ref _opened);

    public async ValueTask<SearchHits> FindCasesAsync(CaseSearch search, CancellationToken cancellationToken)
    {
        await EnsureCurrentAsync(cancellationToken);
        if ((search.Terms.Count == 0 && search.Groups is null) || (!search.Scope.SeesAll && search.Scope.AccountIds.Count == 0))
            return new SearchHits([], 0);
        return Find(searcher =>
        {
            var query = new BooleanQuery { { new TermQuery(new Term(Type, CaseType)), Occur.MUST } };
            if (!search.Scope.SeesAll)
                query.Add(AnyOf(Account, search.Scope.AccountIds.Select(Of)), Occur.MUST);
            if (search.Statuses is { Count: > 0 } statuses)
                query.Add(AnyOf(Status, statuses.Select(s => s.ToString())), Occur.MUST);
            if (search.Category is { } category)
                query.Add(new TermQuery(new Term(Category, category.ToString())), Occur.MUST);
            if (search.Groups is { } groups)
            {
                if (AnyGroup(groups, searcher.IndexReader) is not { } filter)
                    return null;
                query.Add(filter, Occur.MUST);
            }

            return AddTerms(query, search.Terms, searcher.IndexReader);
        }, search.Take, CaseOrder);
    }

    public async ValueTask<SearchHits> FindArticlesAsync(ArticleSearch search, CancellationToken cancellationToken)
    {
        await EnsureCurrentAsync(cancellationToken);
        var scope = search.Scope;
        var staff = scope.SeesAll;
        // KB-3: anonymous callers read nothing; contacts published articles of every service or of theirs.
        if (search.Terms.Count == 0 || (!staff && scope.CompanyId is null))
            return new SearchHits([], 0);
        return Find(searcher =>
        {
            var query = new BooleanQuery { { new TermQuery(new Term(Type, ArticleType)), Occur.MUST } };
            if (!staff || !search.IncludeUnpublished)
                query.Add(new TermQuery(new Term(Status, nameof(ArticleStatus.Published))), Occur.MUST);
            else if (search.Status is { } status)
                query.Add(new TermQuery(new Term(Status, status.ToString())), Occur.MUST);
            if (!staff)
                query.Add(AnyOf(ServiceField, scope.ServiceIds.Select(Of).Append(EveryService)), Occur.MUST);
            if (search.KnowledgeBaseId is { } knowledgeBase)
                query.Add(new TermQuery(new Term(BaseField, Of(knowledgeBase))), Occur.MUST);
            if (search.CategoryId is { } category)
                query.Add(new TermQuery(new Term(Category, Of(category))), Occur.MUST);
            if (search.Language is { } language)
                query.Add(new TermQuery(new Term(LanguageField, language.ToString())), Occur.MUST);
            return AddTerms(query, search.Terms, searcher.IndexReader);
        }, search.Take, ArticleOrder);
    }

    /// <summary>Applies every change this node has not seen yet; builds the index first if it must be.</summary>
    public async Task EnsureCurrentAsync(CancellationToken cancellationToken)
    {
        var arrived = _clock.GetTimestamp();
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // A check that started after this call arrived has seen every change committed before it.
            if (_opened && _lastCheckStarted > arrived)
                return;
            _lastCheckStarted = _clock.GetTimestamp();
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            // Opening may build the whole index: once begun, it is not abandoned because one caller stopped waiting.
            var built = !_opened && await OpenAsync(db, CancellationToken.None);
            if (await CatchUpAsync(db, cancellationToken) || built)
                _searchers.MaybeRefreshBlocking();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Drops this node's index and builds it again from the database.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            _epoch = await EpochAsync(db, cancellationToken);
            await BuildAsync(db, cancellationToken);
            _opened = true;
            _searchers.MaybeRefreshBlocking();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Makes what was applied durable, with the sequence number to resume from after a restart.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_dirty)
                Commit();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        // Registered as itself and as ISearchIndex: the container may dispose it twice.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        _gate.Wait();
        try
        {
            if (_dirty)
                Commit();
            _searchers.Dispose();
            _writer.Dispose();
            _directory.Dispose();
        }
        finally
        {
            _gate.Release();
            _gate.Dispose();
        }
    }

    private static (LuceneDirectory, IndexWriter) OpenWriter(string path, ILogger logger)
    {
        try
        {
            return Open(path);
        }
        catch (LockObtainFailedException)
        {
            // Another process on this machine holds the folder (two nodes given one data folder): this node
            // builds an index of its own instead of waiting for the lock.
            var own = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "portal-search", Guid.NewGuid().ToString("N"));
            FolderInUse(logger, path, own);
            return Open(own);
        }

        static (LuceneDirectory, IndexWriter) Open(string path)
        {
            System.IO.Directory.CreateDirectory(path);
            // NIOFS reads through the OS page cache instead of mapping the files into the process.
            var directory = new NIOFSDirectory(new DirectoryInfo(path));
            try
            {
                var config = new IndexWriterConfig(Version, new TokenAnalyzer())
                {
                    OpenMode = OpenMode.CREATE_OR_APPEND,
                    RAMBufferSizeMB = 32,
                };
                return (directory, new IndexWriter(directory, config));
            }
            catch
            {
                directory.Dispose();
                throw;
            }
        }
    }

    private SearchHits Find(Func<IndexSearcher, Query?> build, int take, Sort sort)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var query = build(searcher);
            if (query is null)
                return new SearchHits([], 0);
            if (take <= 0)
            {
                var counter = new TotalHitCountCollector();
                searcher.Search(query, counter);
                return new SearchHits([], counter.TotalHits);
            }

            var top = searcher.Search(query, null, Math.Min(take, Math.Max(1, searcher.IndexReader.MaxDoc)), sort, doDocScores: sort == ArticleOrder, doMaxScore: false);
            return new SearchHits(IdsOf(searcher.IndexReader, top.ScoreDocs), top.TotalHits);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private static List<Guid> IdsOf(IndexReader reader, ScoreDoc[] hits)
    {
        var leaves = reader.Leaves;
        var values = new BinaryDocValues?[leaves.Count];
        var ids = new List<Guid>(hits.Length);
        var bytes = new BytesRef();
        foreach (var hit in hits)
        {
            var leaf = ReaderUtil.SubIndex(hit.Doc, leaves);
            var column = values[leaf] ??= leaves[leaf].AtomicReader.GetBinaryDocValues(Id);
            column.Get(hit.Doc - leaves[leaf].DocBase, bytes);
            ids.Add(new Guid(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length)));
        }

        return ids;
    }

    /// <summary>A filter's groups joined by OR; null when no group can match anything.</summary>
    private static BooleanQuery? AnyGroup(IReadOnlyList<IReadOnlyList<CaseCondition>> groups, IndexReader reader)
    {
        var any = new BooleanQuery();
        foreach (var group in groups)
        {
            var all = new BooleanQuery();
            var positive = false;
            var possible = true;
            foreach (var condition in group)
            {
                if (Clause(condition, reader) is not { } clause)
                {
                    // A keyword no document holds: this group matches nothing (or everything, when negated).
                    possible = condition.Negated;
                    if (!possible)
                        break;
                    continue;
                }

                all.Add(clause, condition.Negated ? Occur.MUST_NOT : Occur.MUST);
                positive |= !condition.Negated;
            }

            if (!possible)
                continue;
            // Lucene needs something to match before it can take away.
            if (!positive)
                all.Add(new MatchAllDocsQuery(), Occur.MUST);
            any.Add(all, Occur.SHOULD);
        }

        if (any.Clauses.Count == 0)
            return null;
        any.MinimumNumberShouldMatch = 1;
        return any;
    }

    private static Query? Clause(CaseCondition condition, IndexReader reader) => condition switch
    {
        KeywordCondition keyword => AddTerms(new BooleanQuery(), keyword.Terms, reader),
        StatusCondition status => AnyOf(Status, status.Statuses.Select(v => v.ToString())),
        CategoryCondition category => AnyOf(Category, category.Categories.Select(v => v.ToString())),
        AgentCondition agent => new TermQuery(new Term(AgentField, agent.AgentId is { } id ? Of(id) : NoAgent)),
        TimeCondition time => NumericRangeQuery.NewInt64Range(time.Field == CaseTime.Created ? CreatedAt : UpdatedAt,
            time.From?.UtcTicks, time.Before?.UtcTicks, minInclusive: true, maxInclusive: false),
        _ => throw new ArgumentOutOfRangeException(nameof(condition)),
    };

    /// <summary>Each term is a clause every hit must meet; null when a term can match nothing.</summary>
    private static BooleanQuery? AddTerms(BooleanQuery query, IReadOnlyList<SearchTerm> terms, IndexReader reader)
    {
        foreach (var term in terms)
        {
            if (Match(term, reader) is not { } clause)
                return null;
            query.Add(clause, Occur.MUST);
        }

        return query;
    }

    /// <summary>
    /// A term's tokens stand next to each other in one text (a case's texts are apart by a position gap, so
    /// no phrase spans two comments); a trailing word also matches the longer words it begins.
    /// </summary>
    private static Query? Match(SearchTerm term, IndexReader reader)
    {
        var tokens = term.Tokens;
        if (tokens.Count == 1)
            return term.PrefixLast ? new PrefixQuery(new Term(Text, tokens[0])) : new TermQuery(new Term(Text, tokens[0]));
        if (!term.PrefixLast)
        {
            var phrase = new PhraseQuery();
            for (var i = 0; i < tokens.Count; i++)
                phrase.Add(new Term(Text, tokens[i]), i);
            return phrase;
        }

        var words = Expand(reader, tokens[^1]);
        if (words.Length == 0)
            return null;
        var multi = new MultiPhraseQuery();
        for (var i = 0; i < tokens.Count - 1; i++)
            multi.Add([new Term(Text, tokens[i])], i);
        multi.Add(words, tokens.Count - 1);
        return multi;
    }

    private static Term[] Expand(IndexReader reader, string prefix)
    {
        var terms = MultiFields.GetTerms(reader, Text);
        if (terms is null)
            return [];
        var start = new BytesRef(prefix);
        var words = new List<Term>();
        var enumerator = terms.GetEnumerator();
        if (enumerator.SeekCeil(start) == TermsEnum.SeekStatus.END)
            return [];
        do
        {
            var word = enumerator.Term;
            if (!StringHelper.StartsWith(word, start))
                break;
            words.Add(new Term(Text, BytesRef.DeepCopyOf(word)));
        }
        while (words.Count < PrefixExpansions && enumerator.MoveNext());

        return [.. words];
    }

    private static BooleanQuery AnyOf(string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (var value in values.Distinct())
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        any.MinimumNumberShouldMatch = 1;
        return any;
    }

    private static string Of(Guid id) => id.ToString("N");

    /// <returns>Whether the index had to be built.</returns>
    private async Task<bool> OpenAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        _epoch = await EpochAsync(db, cancellationToken);
        var data = _writer.CommitData;
        var committedEpoch = data.TryGetValue(EpochData, out var e) && Guid.TryParse(e, out var epoch) ? epoch : (Guid?)null;
        var committedSeq = data.TryGetValue(SeqData, out var s) && long.TryParse(s, CultureInfo.InvariantCulture, out var seq) ? seq : -1;
        var oldest = await db.SearchChanges.MinAsync(c => (long?)c.Seq, cancellationToken);
        var newest = await db.SearchChanges.MaxAsync(c => (long?)c.Seq, cancellationToken) ?? 0;
        var reason = committedEpoch is null ? "no index"
            : committedEpoch != _epoch ? "the index belongs to another database"
            : !data.TryGetValue(FormatData, out var format) || format != Format ? "the index was written in an earlier format"
            : committedSeq > newest ? "the database is older than the index (restored)"
            : oldest is { } first && first > committedSeq + 1 ? "changes since the index was written are no longer kept"
            : null;
        if (reason is not null)
        {
            Building(_logger, Path, reason);
            await BuildAsync(db, cancellationToken);
        }
        else
        {
            _high = committedSeq;
        }

        _opened = true;
        return reason is not null;
    }

    private static async Task<Guid> EpochAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        if (await db.SearchEpochs.AsNoTracking().FirstOrDefaultAsync(cancellationToken) is { } epoch)
            return epoch.Value;
        db.SearchEpochs.Add(new SearchEpoch(Guid.NewGuid()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node wrote it first.
            db.ChangeTracker.Clear();
        }

        return (await db.SearchEpochs.AsNoTracking().FirstAsync(cancellationToken)).Value;
    }

    [SuppressMessage("Performance", "CA1849", Justification = "Lucene's writer is synchronous.")]
    private async Task BuildAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var high = await db.SearchChanges.MaxAsync(c => (long?)c.Seq, cancellationToken) ?? 0;
        _writer.DeleteAll();
        var cases = 0;
        var after = "";
        while (true)
        {
            var numbers = await Cases(db).Where(c => c.Number.CompareTo(after) > 0).OrderBy(c => c.Number)
                .Select(c => c.Number).Take(Batch).ToListAsync(cancellationToken);
            if (numbers.Count == 0)
                break;
            foreach (var doc in await CaseDocumentsAsync(db, Cases(db).Where(c => numbers.Contains(c.Number)), cancellationToken))
                _writer.AddDocument(doc.Document);
            cases += numbers.Count;
            after = numbers[^1];
        }

        var articles = 0;
        foreach (var doc in await ArticleDocumentsAsync(Articles(db), cancellationToken))
        {
            _writer.AddDocument(doc.Document);
            articles++;
        }

        _high = high;
        _missing.Clear();
        Commit();
        // A change committed while the build read the tables may have been read before it was made, and one
        // numbered below the highest may commit after it: apply again the last changes before the build began
        // (far more than could ever be in flight) and everything after.
        var from = high - RebuildOverlap;
        var recent = await db.SearchChanges.AsNoTracking().Where(c => c.Seq > from).OrderBy(c => c.Seq).ToListAsync(cancellationToken);
        await ApplyAsync(db, recent, cancellationToken);
        _high = Math.Max(_high, recent.Count > 0 ? recent[^1].Seq : 0);
        Commit();
        Built(_logger, cases, articles, _high);
    }

    private async Task<bool> CatchUpAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var applied = false;
        if (_missing.Count > 0)
        {
            var missing = _missing.Keys.ToList();
            var late = await db.SearchChanges.AsNoTracking().Where(c => missing.Contains(c.Seq)).ToListAsync(cancellationToken);
            await ApplyAsync(db, late, cancellationToken);
            applied |= late.Count > 0;
            foreach (var change in late)
                _missing.Remove(change.Seq);
            foreach (var (seq, since) in _missing.ToList())
            {
                if (_clock.GetElapsedTime(since) > GapPatience)
                    _missing.Remove(seq);
            }

            _dirty |= late.Count > 0;
        }

        while (true)
        {
            var high = _high;
            var changes = await db.SearchChanges.AsNoTracking().Where(c => c.Seq > high).OrderBy(c => c.Seq).Take(Batch * 4)
                .ToListAsync(cancellationToken);
            if (changes.Count == 0)
                return applied;
            await ApplyAsync(db, changes, cancellationToken);
            var now = _clock.GetTimestamp();
            var expected = _high + 1;
            foreach (var change in changes)
            {
                for (; expected < change.Seq; expected++)
                    _missing.TryAdd(expected, now);
                expected = change.Seq + 1;
            }

            _high = changes[^1].Seq;
            _dirty = true;
            applied = true;
        }
    }

    [SuppressMessage("Performance", "CA1849", Justification = "Lucene's writer is synchronous.")]
    private async Task ApplyAsync(PortalDbContext db, IReadOnlyList<SearchChange> changes, CancellationToken cancellationToken)
    {
        foreach (var chunk in changes.Where(c => c.Kind == SearchDocumentKind.Case).Select(c => c.EntityId).Distinct().Chunk(Batch))
        {
            var ids = chunk.ToList();
            var docs = await CaseDocumentsAsync(db, Cases(db).Where(c => ids.Contains(c.Id)), cancellationToken);
            Replace(CaseType, ids, docs);
        }

        foreach (var chunk in changes.Where(c => c.Kind == SearchDocumentKind.Article).Select(c => c.EntityId).Distinct().Chunk(Batch))
        {
            var ids = chunk.ToList();
            var docs = await ArticleDocumentsAsync(Articles(db).Where(a => ids.Contains(a.Id)), cancellationToken);
            Replace(ArticleType, ids, docs);
        }
    }

    /// <summary>Each id's document is replaced by its current one, or deleted when the row is gone.</summary>
    private void Replace(string type, List<Guid> ids, List<IndexedDocument> docs)
    {
        var current = docs.ToDictionary(d => d.Id);
        foreach (var id in ids)
        {
            var key = new Term(Key, type + Of(id));
            if (current.TryGetValue(id, out var doc))
                _writer.UpdateDocument(key, doc.Document);
            else
                _writer.DeleteDocuments(key);
        }
    }

    private void Commit()
    {
        // After a restart the node resumes below the first missing number, so a late change is not lost.
        var resume = _missing.Count > 0 ? _missing.Keys.Min() - 1 : _high;
        _writer.SetCommitData(new Dictionary<string, string>
        {
            [EpochData] = _epoch.ToString(),
            [SeqData] = resume.ToString(CultureInfo.InvariantCulture),
            [FormatData] = Format,
        });
        _writer.Commit();
        _dirty = false;
    }

    // The index holds every tenant's cases and every article; scopes are applied by each search's query.
    private static IQueryable<Case> Cases(PortalDbContext db) => db.Cases.IgnoreQueryFilters().AsNoTracking();

    // As above: articles of every service and state, each search applying the reader's scope.
    private static IQueryable<KnowledgeArticle> Articles(PortalDbContext db) => db.KnowledgeArticles.IgnoreQueryFilters().AsNoTracking();

    private static async Task<List<IndexedDocument>> CaseDocumentsAsync(PortalDbContext db, IQueryable<Case> cases, CancellationToken cancellationToken)
    {
        var rows = await cases.Select(c => new
        {
            c.Id,
            c.Number,
            c.CustomerAccountId,
            c.Status,
            c.Category,
            c.AssignedAgentId,
            c.CreatedAt,
            c.UpdatedAt,
            c.Subject,
            c.Description,
        })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        // AGT-1: work notes are never indexed.
        var comments = (await db.Set<CaseComment>().IgnoreQueryFilters().AsNoTracking()
                .Where(m => ids.Contains(m.CaseId) && !m.IsWorkNote)
                .Select(m => new { m.CaseId, m.BodyHtml })
                .ToListAsync(cancellationToken))
            .ToLookup(m => m.CaseId, m => m.BodyHtml);
        return [.. rows.Select(r =>
        {
            var doc = Document(r.Id, CaseType, r.UpdatedAt);
            doc.Add(new StringField(Account, Of(r.CustomerAccountId), Field.Store.NO));
            doc.Add(new StringField(Status, r.Status.ToString(), Field.Store.NO));
            doc.Add(new StringField(Category, r.Category.ToString(), Field.Store.NO));
            doc.Add(new StringField(AgentField, r.AssignedAgentId is { } agent ? Of(agent) : NoAgent, Field.Store.NO));
            doc.Add(new Int64Field(CreatedAt, r.CreatedAt.UtcTicks, Field.Store.NO));
            doc.Add(new Int64Field(UpdatedAt, r.UpdatedAt.UtcTicks, Field.Store.NO));
            doc.Add(new NumericDocValuesField(NumberField, long.Parse(r.Number.AsSpan(Case.NumberPrefix.Length), CultureInfo.InvariantCulture)));
            AddText(doc, r.Subject + "\n" + r.Description);
            foreach (var body in comments[r.Id])
                AddText(doc, HtmlText.ToPlainText(body));
            return new IndexedDocument(r.Id, doc);
        })];
    }

    private static async Task<List<IndexedDocument>> ArticleDocumentsAsync(IQueryable<KnowledgeArticle> articles, CancellationToken cancellationToken)
    {
        var rows = await articles.Select(a => new
        {
            a.Id,
            a.Status,
            a.Language,
            a.KnowledgeBaseId,
            a.CategoryId,
            a.UpdatedAt,
            a.Title,
            a.BodyHtml,
            a.TranslatedTitle,
            a.TranslatedBodyHtml,
            Services = a.Services.Select(s => s.ServiceId).ToList(),
        }).ToListAsync(cancellationToken);
        return [.. rows.Select(r =>
        {
            var doc = Document(r.Id, ArticleType, r.UpdatedAt);
            doc.Add(new StringField(Status, r.Status.ToString(), Field.Store.NO));
            doc.Add(new StringField(LanguageField, r.Language.ToString(), Field.Store.NO));
            // KB-4: a translated article is found in either language, and by the language filter of both.
            if (r.TranslatedTitle is not null)
                doc.Add(new StringField(LanguageField, (r.Language == Language.Japanese ? Language.English : Language.Japanese).ToString(), Field.Store.NO));
            doc.Add(new StringField(BaseField, Of(r.KnowledgeBaseId), Field.Store.NO));
            if (r.CategoryId is { } category)
                doc.Add(new StringField(Category, Of(category), Field.Store.NO));
            foreach (var service in r.Services.Count == 0 ? [EveryService] : r.Services.Select(Of))
                doc.Add(new StringField(ServiceField, service, Field.Store.NO));
            AddText(doc, r.Title);
            AddText(doc, HtmlText.ToPlainText(r.BodyHtml));
            if (r.TranslatedTitle is not null)
            {
                AddText(doc, r.TranslatedTitle);
                AddText(doc, HtmlText.ToPlainText(r.TranslatedBodyHtml ?? ""));
            }

            return new IndexedDocument(r.Id, doc);
        })];
    }

    private static Document Document(Guid id, string type, DateTimeOffset updatedAt) =>
    [
        new StringField(Key, type + Of(id), Field.Store.NO),
        new StringField(Type, type, Field.Store.NO),
        new BinaryDocValuesField(Id, new BytesRef(id.ToByteArray())),
        new NumericDocValuesField(Updated, updatedAt.UtcTicks),
    ];

    private static void AddText(Document doc, string text)
    {
        var tokens = SearchText.Tokens(text);
        if (tokens.Length > 0)
            doc.Add(new TextField(Text, tokens, Field.Store.NO));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index folder {Path} is in use by another process; this node uses {Own}")]
    private static partial void FolderInUse(ILogger logger, string path, string own);

    [LoggerMessage(Level = LogLevel.Information, Message = "Building the search index in {Path}: {Reason}")]
    private static partial void Building(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index built: {Cases} cases, {Articles} articles, up to change {Seq}")]
    private static partial void Built(ILogger logger, int cases, int articles, long seq);

    private sealed record IndexedDocument(Guid Id, Document Document);

    /// <summary>The text arrives as <see cref="SearchText.Tokens"/>: split at spaces, texts of one document kept apart.</summary>
    private sealed class TokenAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
            new(new WhitespaceTokenizer(Version, reader));

        public override int GetPositionIncrementGap(string fieldName) => 100;
    }
}

/// <summary>"Search:IndexPath": this node's index folder (its own disk, never shared between nodes).</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    public required string IndexPath { get; init; }
}
