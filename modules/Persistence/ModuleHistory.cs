namespace Reserve.Persistence;

/// <summary>
/// Where a module's applied migrations are listed, known at registration: the context type that carries the provider's
/// migrations (the PostgreSQL subclass there) and its history table. Lets a start check them without making a context.
/// </summary>
/// <typeparam name="TContext">The module's context, as the module asks for it.</typeparam>
internal sealed record ModuleHistory<TContext>(Type ContextType, string Table);
