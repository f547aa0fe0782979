/* minimal-window.c: the reference for the start-up benchmark in
 * bench/run.sh: the least a libadwaita application can show, an empty
 * AdwApplicationWindow with a header bar. With NETVAERK_BENCH_EXIT set
 * (first-frame or content: the same here) it prints the seconds from
 * the start of the process to its first drawn frame and exits, through
 * the same code as Netværk (src/gui/nv-bench.c).
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "nv-bench.h"

/* An empty window shows all it has at once */
static gboolean
always_ready (GtkWindow *window)
{
  return TRUE;
}

static void
on_activate_cb (GApplication *app,
                gpointer      user_data)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), adw_status_page_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Netværk");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  nv_bench_watch_window (GTK_WINDOW (window), always_ready, NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("com.example.NetvaerkMinimalWindow",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
