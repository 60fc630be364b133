IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] uniqueidentifier NOT NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(256) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] uniqueidentifier NOT NULL,
        [ActorId] uniqueidentifier NOT NULL,
        [ActorUserId] nvarchar(256) NOT NULL,
        [Action] nvarchar(100) NOT NULL,
        [EntityType] nvarchar(100) NOT NULL,
        [EntityId] uniqueidentifier NOT NULL,
        [BeforeJson] nvarchar(max) NULL,
        [AfterJson] nvarchar(max) NULL,
        [At] datetime2 NOT NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [Companies] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [NameKana] nvarchar(200) NULL,
        [IsProvider] bit NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_Companies] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [KnowledgeBases] (
        [Id] uniqueidentifier NOT NULL,
        [NameJa] nvarchar(200) NOT NULL,
        [NameEn] nvarchar(200) NOT NULL,
        [SortOrder] int NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_KnowledgeBases] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [LoginEvents] (
        [Id] uniqueidentifier NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [UserId] nvarchar(256) NOT NULL,
        [ContactId] uniqueidentifier NULL,
        [CompanyId] uniqueidentifier NULL,
        [OccurredAt] datetime2 NOT NULL,
        [IpAddress] nvarchar(64) NULL,
        [UserAgent] nvarchar(512) NULL,
        [Detail] nvarchar(256) NULL,
        CONSTRAINT [PK_LoginEvents] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [OutboxMessages] (
        [Id] uniqueidentifier NOT NULL,
        [Type] nvarchar(200) NOT NULL,
        [Payload] nvarchar(max) NOT NULL,
        [OccurredAt] datetime2 NOT NULL,
        [ProcessedAt] datetime2 NULL,
        [Attempts] int NOT NULL,
        [NextAttemptAt] datetime2 NOT NULL,
        [LockedUntil] datetime2 NULL,
        [LastError] nvarchar(2000) NULL,
        CONSTRAINT [PK_OutboxMessages] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [SequenceCounters] (
        [Name] nvarchar(50) NOT NULL,
        [Value] bigint NOT NULL,
        CONSTRAINT [PK_SequenceCounters] PRIMARY KEY ([Name])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [Services] (
        [Id] uniqueidentifier NOT NULL,
        [Code] nvarchar(32) NOT NULL,
        [NameJa] nvarchar(200) NOT NULL,
        [NameEn] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_Services] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [WorkRequestTypes] (
        [Id] uniqueidentifier NOT NULL,
        [Code] nvarchar(16) NOT NULL,
        [NameJa] nvarchar(200) NOT NULL,
        [NameEn] nvarchar(200) NOT NULL,
        [DescriptionJa] nvarchar(2000) NULL,
        [DescriptionEn] nvarchar(2000) NULL,
        [FieldsJson] nvarchar(max) NOT NULL,
        [IsActive] bit NOT NULL,
        [SortOrder] int NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_WorkRequestTypes] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] uniqueidentifier NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(128) NOT NULL,
        [ProviderKey] nvarchar(128) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserPasskeys] (
        [CredentialId] varbinary(1024) NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [Data] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_AspNetUserPasskeys] PRIMARY KEY ([CredentialId]),
        CONSTRAINT [FK_AspNetUserPasskeys_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] uniqueidentifier NOT NULL,
        [LoginProvider] nvarchar(128) NOT NULL,
        [Name] nvarchar(128) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [Contacts] (
        [Id] uniqueidentifier NOT NULL,
        [CompanyId] uniqueidentifier NULL,
        [UserId] nvarchar(40) NOT NULL,
        [NormalizedUserId] nvarchar(40) NOT NULL,
        [Email] nvarchar(256) NOT NULL,
        [FirstName] nvarchar(100) NULL,
        [LastName] nvarchar(100) NOT NULL,
        [Title] nvarchar(100) NULL,
        [PhoneBusiness] nvarchar(40) NULL,
        [PhoneMobile] nvarchar(40) NULL,
        [Language] nvarchar(8) NOT NULL,
        [TimeZone] nvarchar(64) NOT NULL,
        [Role] nvarchar(32) NOT NULL,
        [IsActive] bit NOT NULL,
        [EmailMfaEnabled] bit NOT NULL,
        [AccessibilityEnabled] bit NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_Contacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Contacts_Companies_CompanyId] FOREIGN KEY ([CompanyId]) REFERENCES [Companies] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [KnowledgeCategories] (
        [Id] uniqueidentifier NOT NULL,
        [KnowledgeBaseId] uniqueidentifier NOT NULL,
        [NameJa] nvarchar(200) NOT NULL,
        [NameEn] nvarchar(200) NOT NULL,
        [SortOrder] int NOT NULL,
        CONSTRAINT [PK_KnowledgeCategories] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_KnowledgeCategories_KnowledgeBases_KnowledgeBaseId] FOREIGN KEY ([KnowledgeBaseId]) REFERENCES [KnowledgeBases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [CustomerAccounts] (
        [Id] uniqueidentifier NOT NULL,
        [CompanyId] uniqueidentifier NOT NULL,
        [Number] nvarchar(10) NOT NULL,
        [ServiceId] uniqueidentifier NOT NULL,
        [DisplayName] nvarchar(200) NULL,
        [IsActive] bit NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_CustomerAccounts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CustomerAccounts_Companies_CompanyId] FOREIGN KEY ([CompanyId]) REFERENCES [Companies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CustomerAccounts_Services_ServiceId] FOREIGN KEY ([ServiceId]) REFERENCES [Services] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [SavedFilters] (
        [Id] uniqueidentifier NOT NULL,
        [OwnerId] uniqueidentifier NOT NULL,
        [CompanyId] uniqueidentifier NULL,
        [Name] nvarchar(100) NOT NULL,
        [Target] nvarchar(32) NOT NULL,
        [QueryString] nvarchar(4000) NOT NULL,
        [Visibility] nvarchar(32) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_SavedFilters] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SavedFilters_Contacts_OwnerId] FOREIGN KEY ([OwnerId]) REFERENCES [Contacts] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [KnowledgeArticles] (
        [Id] uniqueidentifier NOT NULL,
        [Number] nvarchar(9) NOT NULL,
        [KnowledgeBaseId] uniqueidentifier NOT NULL,
        [CategoryId] uniqueidentifier NULL,
        [Language] nvarchar(8) NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [BodyHtml] nvarchar(max) NOT NULL,
        [AuthorId] uniqueidentifier NOT NULL,
        [AuthorName] nvarchar(200) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [PublishedAt] datetime2 NULL,
        [ViewCount] int NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_KnowledgeArticles] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_KnowledgeArticles_Contacts_AuthorId] FOREIGN KEY ([AuthorId]) REFERENCES [Contacts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_KnowledgeArticles_KnowledgeBases_KnowledgeBaseId] FOREIGN KEY ([KnowledgeBaseId]) REFERENCES [KnowledgeBases] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_KnowledgeArticles_KnowledgeCategories_CategoryId] FOREIGN KEY ([CategoryId]) REFERENCES [KnowledgeCategories] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [ContactAccounts] (
        [Id] uniqueidentifier NOT NULL,
        [ContactId] uniqueidentifier NOT NULL,
        [CustomerAccountId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ContactAccounts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ContactAccounts_Contacts_ContactId] FOREIGN KEY ([ContactId]) REFERENCES [Contacts] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ContactAccounts_CustomerAccounts_CustomerAccountId] FOREIGN KEY ([CustomerAccountId]) REFERENCES [CustomerAccounts] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [Contracts] (
        [Id] uniqueidentifier NOT NULL,
        [CustomerAccountId] uniqueidentifier NOT NULL,
        [StartDate] date NOT NULL,
        [LicenceType] nvarchar(100) NOT NULL,
        [ContractedIds] int NOT NULL,
        [CrowdStrikeCustomerName] nvarchar(200) NOT NULL,
        [CrowdStrikeCid] nvarchar(32) NOT NULL,
        [Platform] nvarchar(100) NULL,
        [EnrollmentMode] nvarchar(100) NULL,
        [Notes] nvarchar(2000) NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_Contracts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Contracts_CustomerAccounts_CustomerAccountId] FOREIGN KEY ([CustomerAccountId]) REFERENCES [CustomerAccounts] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [WorkRequests] (
        [Id] uniqueidentifier NOT NULL,
        [Number] nvarchar(9) NOT NULL,
        [CustomerAccountId] uniqueidentifier NOT NULL,
        [CompanyId] uniqueidentifier NOT NULL,
        [TypeId] uniqueidentifier NOT NULL,
        [SubmittedById] uniqueidentifier NOT NULL,
        [ValuesJson] nvarchar(max) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [RejectionReason] nvarchar(2000) NULL,
        [CaseId] uniqueidentifier NULL,
        [SubmittedAt] datetime2 NOT NULL,
        [DecidedAt] datetime2 NULL,
        [DecidedById] uniqueidentifier NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_WorkRequests] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_WorkRequests_Companies_CompanyId] FOREIGN KEY ([CompanyId]) REFERENCES [Companies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_WorkRequests_Contacts_SubmittedById] FOREIGN KEY ([SubmittedById]) REFERENCES [Contacts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_WorkRequests_CustomerAccounts_CustomerAccountId] FOREIGN KEY ([CustomerAccountId]) REFERENCES [CustomerAccounts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_WorkRequests_WorkRequestTypes_TypeId] FOREIGN KEY ([TypeId]) REFERENCES [WorkRequestTypes] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [Announcements] (
        [Id] uniqueidentifier NOT NULL,
        [TitleJa] nvarchar(200) NOT NULL,
        [TitleEn] nvarchar(200) NOT NULL,
        [DisplayFrom] datetime2 NOT NULL,
        [DisplayTo] datetime2 NOT NULL,
        [ArticleId] uniqueidentifier NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_Announcements] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Announcements_KnowledgeArticles_ArticleId] FOREIGN KEY ([ArticleId]) REFERENCES [KnowledgeArticles] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [KnowledgeArticleAttachments] (
        [Id] uniqueidentifier NOT NULL,
        [ArticleId] uniqueidentifier NOT NULL,
        [FileName] nvarchar(255) NOT NULL,
        [ContentType] nvarchar(200) NOT NULL,
        [Length] bigint NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [StorageKey] nvarchar(400) NOT NULL,
        [UploadedById] uniqueidentifier NOT NULL,
        [UploadedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_KnowledgeArticleAttachments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_KnowledgeArticleAttachments_KnowledgeArticles_ArticleId] FOREIGN KEY ([ArticleId]) REFERENCES [KnowledgeArticles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [KnowledgeArticleServices] (
        [Id] uniqueidentifier NOT NULL,
        [ArticleId] uniqueidentifier NOT NULL,
        [ServiceId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_KnowledgeArticleServices] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_KnowledgeArticleServices_KnowledgeArticles_ArticleId] FOREIGN KEY ([ArticleId]) REFERENCES [KnowledgeArticles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_KnowledgeArticleServices_Services_ServiceId] FOREIGN KEY ([ServiceId]) REFERENCES [Services] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [KnowledgeArticleViews] (
        [Id] uniqueidentifier NOT NULL,
        [ArticleId] uniqueidentifier NOT NULL,
        [ContactId] uniqueidentifier NOT NULL,
        [Day] date NOT NULL,
        CONSTRAINT [PK_KnowledgeArticleViews] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_KnowledgeArticleViews_Contacts_ContactId] FOREIGN KEY ([ContactId]) REFERENCES [Contacts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_KnowledgeArticleViews_KnowledgeArticles_ArticleId] FOREIGN KEY ([ArticleId]) REFERENCES [KnowledgeArticles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [Cases] (
        [Id] uniqueidentifier NOT NULL,
        [Number] nvarchar(9) NOT NULL,
        [CustomerAccountId] uniqueidentifier NOT NULL,
        [CompanyId] uniqueidentifier NOT NULL,
        [Category] nvarchar(32) NOT NULL,
        [Subject] nvarchar(160) NOT NULL,
        [Description] nvarchar(max) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [ContactId] uniqueidentifier NULL,
        [AssignedAgentId] uniqueidentifier NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [ResolvedAt] datetime2 NULL,
        [ClosedAt] datetime2 NULL,
        [Resolution] nvarchar(4000) NULL,
        [ExternalReference] nvarchar(100) NULL,
        [WorkRequestId] uniqueidentifier NULL,
        [OpenInquiryAccountId] uniqueidentifier NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_Cases] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Cases_Companies_CompanyId] FOREIGN KEY ([CompanyId]) REFERENCES [Companies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Cases_Contacts_AssignedAgentId] FOREIGN KEY ([AssignedAgentId]) REFERENCES [Contacts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Cases_Contacts_ContactId] FOREIGN KEY ([ContactId]) REFERENCES [Contacts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Cases_CustomerAccounts_CustomerAccountId] FOREIGN KEY ([CustomerAccountId]) REFERENCES [CustomerAccounts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Cases_WorkRequests_WorkRequestId] FOREIGN KEY ([WorkRequestId]) REFERENCES [WorkRequests] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [WorkRequestAttachments] (
        [Id] uniqueidentifier NOT NULL,
        [WorkRequestId] uniqueidentifier NOT NULL,
        [FileName] nvarchar(255) NOT NULL,
        [ContentType] nvarchar(200) NOT NULL,
        [Length] bigint NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [StorageKey] nvarchar(400) NOT NULL,
        [UploadedById] uniqueidentifier NOT NULL,
        [UploadedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_WorkRequestAttachments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_WorkRequestAttachments_WorkRequests_WorkRequestId] FOREIGN KEY ([WorkRequestId]) REFERENCES [WorkRequests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [AnnouncementDismissals] (
        [Id] uniqueidentifier NOT NULL,
        [AnnouncementId] uniqueidentifier NOT NULL,
        [ContactId] uniqueidentifier NOT NULL,
        [DismissedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_AnnouncementDismissals] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AnnouncementDismissals_Announcements_AnnouncementId] FOREIGN KEY ([AnnouncementId]) REFERENCES [Announcements] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AnnouncementDismissals_Contacts_ContactId] FOREIGN KEY ([ContactId]) REFERENCES [Contacts] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [CaseAttachments] (
        [Id] uniqueidentifier NOT NULL,
        [CaseId] uniqueidentifier NOT NULL,
        [FileName] nvarchar(255) NOT NULL,
        [ContentType] nvarchar(200) NOT NULL,
        [Length] bigint NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [StorageKey] nvarchar(400) NOT NULL,
        [UploadedById] uniqueidentifier NOT NULL,
        [UploadedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_CaseAttachments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseAttachments_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [CaseComments] (
        [Id] uniqueidentifier NOT NULL,
        [CaseId] uniqueidentifier NOT NULL,
        [AuthorId] uniqueidentifier NOT NULL,
        [AuthorName] nvarchar(200) NOT NULL,
        [IsFromAgent] bit NOT NULL,
        [IsWorkNote] bit NOT NULL,
        [BodyHtml] nvarchar(max) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_CaseComments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseComments_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [CaseStatusChanges] (
        [Id] uniqueidentifier NOT NULL,
        [CaseId] uniqueidentifier NOT NULL,
        [FromStatus] nvarchar(32) NOT NULL,
        [ToStatus] nvarchar(32) NOT NULL,
        [ById] uniqueidentifier NOT NULL,
        [At] datetime2 NOT NULL,
        CONSTRAINT [PK_CaseStatusChanges] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseStatusChanges_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE TABLE [CaseWatchers] (
        [Id] uniqueidentifier NOT NULL,
        [CaseId] uniqueidentifier NOT NULL,
        [ContactId] uniqueidentifier NOT NULL,
        [Since] datetime2 NOT NULL,
        CONSTRAINT [PK_CaseWatchers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseWatchers_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CaseWatchers_Contacts_ContactId] FOREIGN KEY ([ContactId]) REFERENCES [Contacts] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AnnouncementDismissals_AnnouncementId_ContactId] ON [AnnouncementDismissals] ([AnnouncementId], [ContactId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_AnnouncementDismissals_ContactId] ON [AnnouncementDismissals] ([ContactId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_Announcements_ArticleId] ON [Announcements] ([ArticleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_Announcements_DisplayFrom_DisplayTo] ON [Announcements] ([DisplayFrom], [DisplayTo]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserPasskeys_UserId] ON [AspNetUserPasskeys] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_At] ON [AuditEntries] ([At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_EntityId] ON [AuditEntries] ([EntityType], [EntityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_CaseAttachments_CaseId] ON [CaseAttachments] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_CaseComments_CaseId_CreatedAt] ON [CaseComments] ([CaseId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_Cases_AssignedAgentId] ON [Cases] ([AssignedAgentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_Cases_CompanyId_UpdatedAt] ON [Cases] ([CompanyId], [UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_Cases_ContactId] ON [Cases] ([ContactId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_Cases_CustomerAccountId_UpdatedAt] ON [Cases] ([CustomerAccountId], [UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Cases_ExternalReference] ON [Cases] ([ExternalReference]) WHERE [ExternalReference] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Cases_Number] ON [Cases] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Cases_OpenInquiryAccountId] ON [Cases] ([OpenInquiryAccountId]) WHERE [OpenInquiryAccountId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_Cases_Status_UpdatedAt] ON [Cases] ([Status], [UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_Cases_UpdatedAt] ON [Cases] ([UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_Cases_WorkRequestId] ON [Cases] ([WorkRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_CaseStatusChanges_CaseId_At] ON [CaseStatusChanges] ([CaseId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CaseWatchers_CaseId_ContactId] ON [CaseWatchers] ([CaseId], [ContactId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_CaseWatchers_ContactId] ON [CaseWatchers] ([ContactId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ContactAccounts_ContactId_CustomerAccountId] ON [ContactAccounts] ([ContactId], [CustomerAccountId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_ContactAccounts_CustomerAccountId] ON [ContactAccounts] ([CustomerAccountId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_Contacts_CompanyId] ON [Contacts] ([CompanyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Contacts_NormalizedUserId] ON [Contacts] ([NormalizedUserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_Contracts_CrowdStrikeCid] ON [Contracts] ([CrowdStrikeCid]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_Contracts_CustomerAccountId] ON [Contracts] ([CustomerAccountId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_CustomerAccounts_CompanyId] ON [CustomerAccounts] ([CompanyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CustomerAccounts_Number] ON [CustomerAccounts] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_CustomerAccounts_ServiceId] ON [CustomerAccounts] ([ServiceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_KnowledgeArticleAttachments_ArticleId] ON [KnowledgeArticleAttachments] ([ArticleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_KnowledgeArticles_AuthorId] ON [KnowledgeArticles] ([AuthorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_KnowledgeArticles_CategoryId] ON [KnowledgeArticles] ([CategoryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_KnowledgeArticles_KnowledgeBaseId] ON [KnowledgeArticles] ([KnowledgeBaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_KnowledgeArticles_Number] ON [KnowledgeArticles] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_KnowledgeArticles_Status_KnowledgeBaseId_CategoryId] ON [KnowledgeArticles] ([Status], [KnowledgeBaseId], [CategoryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_KnowledgeArticleServices_ArticleId_ServiceId] ON [KnowledgeArticleServices] ([ArticleId], [ServiceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_KnowledgeArticleServices_ServiceId] ON [KnowledgeArticleServices] ([ServiceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_KnowledgeArticleViews_ArticleId_ContactId_Day] ON [KnowledgeArticleViews] ([ArticleId], [ContactId], [Day]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_KnowledgeArticleViews_ContactId] ON [KnowledgeArticleViews] ([ContactId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_KnowledgeCategories_KnowledgeBaseId] ON [KnowledgeCategories] ([KnowledgeBaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_LoginEvents_CompanyId_OccurredAt] ON [LoginEvents] ([CompanyId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_LoginEvents_ContactId_OccurredAt] ON [LoginEvents] ([ContactId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_LoginEvents_OccurredAt] ON [LoginEvents] ([OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_ProcessedAt_NextAttemptAt] ON [OutboxMessages] ([ProcessedAt], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_SavedFilters_CompanyId_Target_Visibility] ON [SavedFilters] ([CompanyId], [Target], [Visibility]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SavedFilters_OwnerId_Target_Name] ON [SavedFilters] ([OwnerId], [Target], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Services_Code] ON [Services] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkRequestAttachments_WorkRequestId] ON [WorkRequestAttachments] ([WorkRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkRequests_CompanyId_SubmittedAt] ON [WorkRequests] ([CompanyId], [SubmittedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkRequests_CustomerAccountId_SubmittedAt] ON [WorkRequests] ([CustomerAccountId], [SubmittedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_WorkRequests_Number] ON [WorkRequests] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkRequests_Status_SubmittedAt] ON [WorkRequests] ([Status], [SubmittedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkRequests_SubmittedById] ON [WorkRequests] ([SubmittedById]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkRequests_TypeId] ON [WorkRequests] ([TypeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_WorkRequestTypes_Code] ON [WorkRequestTypes] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124202650_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124202650_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124210023_AccountSecurity'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [LastTotpStep] bigint NOT NULL DEFAULT CAST(0 AS bigint);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124210023_AccountSecurity'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [PasswordChangedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124210023_AccountSecurity'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [PasswordResetAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124210023_AccountSecurity'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [ResetBlockedUntil] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124210023_AccountSecurity'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [ResetMismatches] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124210023_AccountSecurity'
)
BEGIN
    CREATE TABLE [EmailCodes] (
        [Id] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [CodeHash] nvarchar(64) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [ExpiresAt] datetime2 NOT NULL,
        [UsedAt] datetime2 NULL,
        CONSTRAINT [PK_EmailCodes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EmailCodes_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124210023_AccountSecurity'
)
BEGIN
    CREATE TABLE [RememberedBrowsers] (
        [Id] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [TokenHash] nvarchar(64) NOT NULL,
        [Description] nvarchar(200) NOT NULL,
        [IpAddress] nvarchar(64) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [ExpiresAt] datetime2 NOT NULL,
        CONSTRAINT [PK_RememberedBrowsers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RememberedBrowsers_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124210023_AccountSecurity'
)
BEGIN
    CREATE INDEX [IX_EmailCodes_UserId_CreatedAt] ON [EmailCodes] ([UserId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124210023_AccountSecurity'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RememberedBrowsers_TokenHash] ON [RememberedBrowsers] ([TokenHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124210023_AccountSecurity'
)
BEGIN
    CREATE INDEX [IX_RememberedBrowsers_UserId] ON [RememberedBrowsers] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124210023_AccountSecurity'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124210023_AccountSecurity', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124210648_TotpEnabled'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [TotpEnabled] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124210648_TotpEnabled'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124210648_TotpEnabled', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124225138_CaseSearch'
)
BEGIN
    CREATE TABLE [CaseSearchEntries] (
        [Seq] bigint NOT NULL IDENTITY,
        [SourceId] uniqueidentifier NOT NULL,
        [CaseId] uniqueidentifier NOT NULL,
        [Tokens] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_CaseSearchEntries] PRIMARY KEY ([Seq])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124225138_CaseSearch'
)
BEGIN
    CREATE INDEX [IX_CaseSearchEntries_CaseId] ON [CaseSearchEntries] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124225138_CaseSearch'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CaseSearchEntries_SourceId] ON [CaseSearchEntries] ([SourceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124225138_CaseSearch'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124225138_CaseSearch', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125001942_CaseListIndexes'
)
BEGIN
    DROP INDEX [IX_Cases_CustomerAccountId_UpdatedAt] ON [Cases];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125001942_CaseListIndexes'
)
BEGIN
    DROP INDEX [IX_Cases_UpdatedAt] ON [Cases];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125001942_CaseListIndexes'
)
BEGIN
    CREATE INDEX [IX_Cases_CustomerAccountId_Subject_Number] ON [Cases] ([CustomerAccountId], [Subject], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125001942_CaseListIndexes'
)
BEGIN
    CREATE INDEX [IX_Cases_CustomerAccountId_UpdatedAt_Number] ON [Cases] ([CustomerAccountId], [UpdatedAt], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125001942_CaseListIndexes'
)
BEGIN
    CREATE INDEX [IX_Cases_Subject_Number] ON [Cases] ([Subject], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125001942_CaseListIndexes'
)
BEGIN
    CREATE INDEX [IX_Cases_UpdatedAt_Number] ON [Cases] ([UpdatedAt], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125001942_CaseListIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125001942_CaseListIndexes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202002013_AccessModel'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[AuditEntries]') AND [c].[name] = N'ActorId');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [AuditEntries] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [AuditEntries] ALTER COLUMN [ActorId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202002013_AccessModel'
)
BEGIN
    ALTER TABLE [AuditEntries] ADD [CompanyId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202002013_AccessModel'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_CompanyId_At] ON [AuditEntries] ([CompanyId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202002013_AccessModel'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202002013_AccessModel', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202002814_ResetLinkLimits'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [ResetLinkId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202002814_ResetLinkLimits'
)
BEGIN
    CREATE TABLE [ResetMails] (
        [Id] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [SentAt] datetime2 NOT NULL,
        CONSTRAINT [PK_ResetMails] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ResetMails_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202002814_ResetLinkLimits'
)
BEGIN
    CREATE INDEX [IX_ResetMails_UserId] ON [ResetMails] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202002814_ResetLinkLimits'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202002814_ResetLinkLimits', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202011614_UserSessions'
)
BEGIN
    CREATE TABLE [UserSessions] (
        [Id] uniqueidentifier NOT NULL,
        [KeyHash] nvarchar(64) NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [Ticket] varbinary(max) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [LastSeenAt] datetime2 NOT NULL,
        [ExpiresAt] datetime2 NOT NULL,
        [Browser] nvarchar(200) NOT NULL,
        [IpAddress] nvarchar(64) NULL,
        CONSTRAINT [PK_UserSessions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_UserSessions_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202011614_UserSessions'
)
BEGIN
    CREATE INDEX [IX_UserSessions_ExpiresAt] ON [UserSessions] ([ExpiresAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202011614_UserSessions'
)
BEGIN
    CREATE UNIQUE INDEX [IX_UserSessions_KeyHash] ON [UserSessions] ([KeyHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202011614_UserSessions'
)
BEGIN
    CREATE INDEX [IX_UserSessions_UserId] ON [UserSessions] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202011614_UserSessions'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202011614_UserSessions', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203052439_ContractUniqueness'
)
BEGIN
    DROP INDEX [IX_Contracts_CrowdStrikeCid] ON [Contracts];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203052439_ContractUniqueness'
)
BEGIN
    DROP INDEX [IX_Contracts_CustomerAccountId] ON [Contracts];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203052439_ContractUniqueness'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Contracts_CrowdStrikeCid] ON [Contracts] ([CrowdStrikeCid]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203052439_ContractUniqueness'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Contracts_CustomerAccountId] ON [Contracts] ([CustomerAccountId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203052439_ContractUniqueness'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203052439_ContractUniqueness', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203164151_SearchIndex'
)
BEGIN
    DROP TABLE [CaseSearchEntries];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203164151_SearchIndex'
)
BEGIN
    CREATE TABLE [SearchChanges] (
        [Seq] bigint NOT NULL IDENTITY,
        [Kind] nvarchar(16) NOT NULL,
        [EntityId] uniqueidentifier NOT NULL,
        [At] datetimeoffset NOT NULL,
        CONSTRAINT [PK_SearchChanges] PRIMARY KEY ([Seq])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203164151_SearchIndex'
)
BEGIN
    CREATE TABLE [SearchEpochs] (
        [Id] int NOT NULL,
        [Value] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_SearchEpochs] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203164151_SearchIndex'
)
BEGIN
    CREATE INDEX [IX_SearchChanges_At] ON [SearchChanges] ([At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203164151_SearchIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203164151_SearchIndex', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207153625_KnowledgeTranslations'
)
BEGIN
    ALTER TABLE [KnowledgeArticles] ADD [TranslatedBodyHtml] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207153625_KnowledgeTranslations'
)
BEGIN
    ALTER TABLE [KnowledgeArticles] ADD [TranslatedTitle] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207153625_KnowledgeTranslations'
)
BEGIN
    CREATE INDEX [IX_KnowledgeArticles_Status_UpdatedAt_Number] ON [KnowledgeArticles] ([Status], [UpdatedAt], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207153625_KnowledgeTranslations'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207153625_KnowledgeTranslations', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207154526_HomeChart'
)
BEGIN
    CREATE INDEX [IX_Cases_CustomerAccountId_Category_CreatedAt] ON [Cases] ([CustomerAccountId], [Category], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207154526_HomeChart'
)
BEGIN
    CREATE INDEX [IX_Cases_CustomerAccountId_Status] ON [Cases] ([CustomerAccountId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207154526_HomeChart'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207154526_HomeChart', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203803_AlertDetails'
)
BEGIN
    DROP INDEX [IX_Cases_ExternalReference] ON [Cases];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203803_AlertDetails'
)
BEGIN
    ALTER TABLE [Cases] ADD [AlertRespondedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203803_AlertDetails'
)
BEGIN
    ALTER TABLE [Cases] ADD [AlertResponse] nvarchar(32) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203803_AlertDetails'
)
BEGIN
    ALTER TABLE [Cases] ADD [Alert_ConsoleLink] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203803_AlertDetails'
)
BEGIN
    ALTER TABLE [Cases] ADD [Alert_DetectName] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203803_AlertDetails'
)
BEGIN
    ALTER TABLE [Cases] ADD [Alert_DetectedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203803_AlertDetails'
)
BEGIN
    ALTER TABLE [Cases] ADD [Alert_DetectionId] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203803_AlertDetails'
)
BEGIN
    ALTER TABLE [Cases] ADD [Alert_Device] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203803_AlertDetails'
)
BEGIN
    ALTER TABLE [Cases] ADD [Alert_Severity] nvarchar(32) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203803_AlertDetails'
)
BEGIN
    ALTER TABLE [Cases] ADD [Alert_Tactic] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203803_AlertDetails'
)
BEGIN
    ALTER TABLE [Cases] ADD [Alert_Technique] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203803_AlertDetails'
)
BEGIN
    ALTER TABLE [Cases] ADD [Alert_UserName] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203803_AlertDetails'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Cases_CustomerAccountId_ExternalReference] ON [Cases] ([CustomerAccountId], [ExternalReference]) WHERE [ExternalReference] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203803_AlertDetails'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207203803_AlertDetails', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208004219_AttemptWindows'
)
BEGIN
    CREATE TABLE [AttemptWindows] (
        [Key] nvarchar(200) NOT NULL,
        [WindowEnds] bigint NOT NULL,
        [Used] int NOT NULL,
        CONSTRAINT [PK_AttemptWindows] PRIMARY KEY ([Key])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208004219_AttemptWindows'
)
BEGIN
    CREATE INDEX [IX_AttemptWindows_WindowEnds] ON [AttemptWindows] ([WindowEnds]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208004219_AttemptWindows'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261208004219_AttemptWindows', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208012411_Oidc'
)
BEGIN
    CREATE TABLE [OidcKeys] (
        [Id] uniqueidentifier NOT NULL,
        [Use] nvarchar(8) NOT NULL,
        [ProtectedKey] nvarchar(max) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_OidcKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208012411_Oidc'
)
BEGIN
    CREATE TABLE [OpenIddictApplications] (
        [Id] uniqueidentifier NOT NULL,
        [ApplicationType] nvarchar(50) NULL,
        [ClientId] nvarchar(100) NULL,
        [ClientSecret] nvarchar(max) NULL,
        [ClientType] nvarchar(50) NULL,
        [ConcurrencyToken] nvarchar(50) NULL,
        [ConsentType] nvarchar(50) NULL,
        [DisplayName] nvarchar(max) NULL,
        [DisplayNames] nvarchar(max) NULL,
        [JsonWebKeySet] nvarchar(max) NULL,
        [Permissions] nvarchar(max) NULL,
        [PostLogoutRedirectUris] nvarchar(max) NULL,
        [Properties] nvarchar(max) NULL,
        [RedirectUris] nvarchar(max) NULL,
        [Requirements] nvarchar(max) NULL,
        [Settings] nvarchar(max) NULL,
        CONSTRAINT [PK_OpenIddictApplications] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208012411_Oidc'
)
BEGIN
    CREATE TABLE [OpenIddictScopes] (
        [Id] uniqueidentifier NOT NULL,
        [ConcurrencyToken] nvarchar(50) NULL,
        [Description] nvarchar(max) NULL,
        [Descriptions] nvarchar(max) NULL,
        [DisplayName] nvarchar(max) NULL,
        [DisplayNames] nvarchar(max) NULL,
        [Name] nvarchar(200) NULL,
        [Properties] nvarchar(max) NULL,
        [Resources] nvarchar(max) NULL,
        CONSTRAINT [PK_OpenIddictScopes] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208012411_Oidc'
)
BEGIN
    CREATE TABLE [OpenIddictAuthorizations] (
        [Id] uniqueidentifier NOT NULL,
        [ApplicationId] uniqueidentifier NULL,
        [ConcurrencyToken] nvarchar(50) NULL,
        [CreationDate] datetime2 NULL,
        [Properties] nvarchar(max) NULL,
        [Scopes] nvarchar(max) NULL,
        [Status] nvarchar(50) NULL,
        [Subject] nvarchar(400) NULL,
        [Type] nvarchar(50) NULL,
        CONSTRAINT [PK_OpenIddictAuthorizations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_OpenIddictAuthorizations_OpenIddictApplications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [OpenIddictApplications] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208012411_Oidc'
)
BEGIN
    CREATE TABLE [OpenIddictTokens] (
        [Id] uniqueidentifier NOT NULL,
        [ApplicationId] uniqueidentifier NULL,
        [AuthorizationId] uniqueidentifier NULL,
        [ConcurrencyToken] nvarchar(50) NULL,
        [CreationDate] datetime2 NULL,
        [ExpirationDate] datetime2 NULL,
        [Payload] nvarchar(max) NULL,
        [Properties] nvarchar(max) NULL,
        [RedemptionDate] datetime2 NULL,
        [ReferenceId] nvarchar(100) NULL,
        [Status] nvarchar(50) NULL,
        [Subject] nvarchar(400) NULL,
        [Type] nvarchar(150) NULL,
        CONSTRAINT [PK_OpenIddictTokens] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_OpenIddictTokens_OpenIddictApplications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [OpenIddictApplications] ([Id]),
        CONSTRAINT [FK_OpenIddictTokens_OpenIddictAuthorizations_AuthorizationId] FOREIGN KEY ([AuthorizationId]) REFERENCES [OpenIddictAuthorizations] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208012411_Oidc'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OidcKeys_Use] ON [OidcKeys] ([Use]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208012411_Oidc'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_OpenIddictApplications_ClientId] ON [OpenIddictApplications] ([ClientId]) WHERE [ClientId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208012411_Oidc'
)
BEGIN
    CREATE INDEX [IX_OpenIddictAuthorizations_ApplicationId_Status_Subject_Type] ON [OpenIddictAuthorizations] ([ApplicationId], [Status], [Subject], [Type]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208012411_Oidc'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_OpenIddictScopes_Name] ON [OpenIddictScopes] ([Name]) WHERE [Name] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208012411_Oidc'
)
BEGIN
    CREATE INDEX [IX_OpenIddictTokens_ApplicationId_Status_Subject_Type] ON [OpenIddictTokens] ([ApplicationId], [Status], [Subject], [Type]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208012411_Oidc'
)
BEGIN
    CREATE INDEX [IX_OpenIddictTokens_AuthorizationId] ON [OpenIddictTokens] ([AuthorizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208012411_Oidc'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_OpenIddictTokens_ReferenceId] ON [OpenIddictTokens] ([ReferenceId]) WHERE [ReferenceId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208012411_Oidc'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261208012411_Oidc', N'10.0.15');
END;

COMMIT;
GO

