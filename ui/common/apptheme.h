#pragma once

// Fusion with the light or dark palette chosen in the settings (ColorScheme)
// and freedesktop icons, Breeze where the
// desktop has no icon theme (a bare X server, a minimal session); labels
// that show text as typed (PlainTextLabels); clear buttons with names
// (ClearButtonNames).
class AppTheme
{
public:
    static void apply();
};
