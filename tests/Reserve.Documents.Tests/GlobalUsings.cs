global using Xunit;
global using Reserve.Rendering;
