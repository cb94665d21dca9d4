global using Gonghui.Resources;
