/* nv-bench.h: start-up timing for bench/run.sh
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Whether a window shows what it is for yet: for "content" */
typedef gboolean (*NvBenchReadyFunc) (GtkWindow *window);
/* Shows a page in a window and returns its scrolled window: for "show:WHAT" */
typedef GtkScrolledWindow *(*NvBenchShowFunc) (GtkWindow  *window,
                                               const char *what);

double nv_bench_elapsed     (void);
void   nv_bench_watch_window (GtkWindow        *window,
                              NvBenchReadyFunc  content_ready,
                              NvBenchShowFunc   show_page);

G_END_DECLS
