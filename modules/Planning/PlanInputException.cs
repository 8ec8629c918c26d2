namespace Reserve.Planning;

/// <summary>A planning request that cannot be answered as asked; the message says in Chinese what and why.</summary>
public sealed class PlanInputException(string message) : Exception(message);
