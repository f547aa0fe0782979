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
/* Shows a planning grid in a window and returns its scrolled window: for "grid" */
typedef GtkScrolledWindow *(*NvBenchGridFunc) (GtkWindow *window);

double nv_bench_elapsed     (void);
void   nv_bench_watch_window (GtkWindow        *window,
                              NvBenchReadyFunc  content_ready,
                              NvBenchGridFunc   show_grid);

G_END_DECLS
