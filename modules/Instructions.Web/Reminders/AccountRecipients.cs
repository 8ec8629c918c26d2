using Reserve.Accounts;
using Reserve.Instructions.Notifications;

namespace Reserve.Instructions.Web.Reminders;

/// <summary>The active accounts as recipients: clerks by department, leaders by the name a plan records as 包抓领导.</summary>
internal sealed class AccountRecipients(IAccounts accounts) : IRecipientDirectory
{
    public async Task<IReadOnlyList<Recipient>> RecipientsAsync(CancellationToken cancellationToken = default) =>
        (await accounts.UsersAsync(cancellationToken)).Where(u => u.Active && u.Role != Role.Administrator).Select(Of).ToList();

    public static Recipient Of(UserAccount user) =>
        new(user.Login, user.DisplayName, user.Department, user.Role == Role.DepartmentClerk, user.Role == Role.CityLeader, user.Role == Role.Reviewer);
}
