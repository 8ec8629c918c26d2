namespace Reserve.Accounts.Security;

/// <summary>The password rule shown on the account pages: at least 8 characters, with letters and digits.</summary>
internal static class PasswordPolicy
{
    public const int MinimumLength = 8;

    public static string? Problem(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            return $"密码至少 {MinimumLength} 位";
        }
        if (!password.Any(char.IsAsciiLetter) || !password.Any(char.IsAsciiDigit))
        {
            return "密码须同时包含字母和数字";
        }
        return null;
    }
}
