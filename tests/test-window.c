/* test-window.c: the real window on the sample plans
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "nv-meeting.h"
#include "nv-network.h"
#include "nv-window.h"

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (g_type_is_a (G_OBJECT_TYPE (root), type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
wait_until_drawn (GtkWidget *widget)
{
  while (!gtk_widget_get_mapped (widget) || g_main_context_pending (NULL))
    g_main_context_iteration (NULL, TRUE);
}

static NvWindow *
open_sample (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("NETVAERK_SOURCE_DIR"), "data", "samples", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  NvWindow *window = g_object_new (NV_TYPE_WINDOW, NULL);

  nv_window_load_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
  wait_until_drawn (GTK_WIDGET (window));
  return window;
}

/* The sidebar lists every network and, under it, its meetings in date
 * order; choosing one shows it. */
static void
test_window_shows_plan (void)
{
  NvWindow *window = open_sample ("familieplejere.netvaerk");
  NvPlan *plan = nv_window_get_plan (window);
  GtkListView *list = GTK_LIST_VIEW (find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW));
  GtkSelectionModel *model = gtk_list_view_get_model (list);
  GtkStack *stack = GTK_STACK (find_widget (GTK_WIDGET (window), GTK_TYPE_STACK));
  g_autoptr(GtkTreeListRow) row = NULL;
  guint previous_date = 0;

  g_assert_nonnull (plan);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, nv_plan_get_name (plan));

  /* People, then one network and its three meetings */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 5);
  row = g_list_model_get_item (G_LIST_MODEL (model), 1);
  g_assert_true (NV_IS_NETWORK (gtk_tree_list_row_get_item (row)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "network");

  for (guint i = 2; i < 5; i++)
    {
      g_autoptr(GtkTreeListRow) meeting_row = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_autoptr(NvMeeting) meeting = gtk_tree_list_row_get_item (meeting_row);

      g_assert_true (NV_IS_MEETING (meeting));
      g_assert_cmpuint (nv_meeting_get_date (meeting), >, previous_date);
      previous_date = nv_meeting_get_date (meeting);
    }

  gtk_selection_model_select_item (model, 3, TRUE);
  wait_until_drawn (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "meeting");

  gtk_selection_model_select_item (model, 0, TRUE);
  wait_until_drawn (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "people");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every sample opens */
static void
test_window_opens_samples (void)
{
  static const char * const samples[] = {
    "bydelsmoedre.netvaerk", "social-kapital.netvaerk", "netvaerksforloeb.netvaerk",
  };

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      NvWindow *window = open_sample (samples[i]);
      GtkStack *stack = GTK_STACK (find_widget (GTK_WIDGET (window), GTK_TYPE_STACK));

      g_assert_nonnull (nv_window_get_plan (window));
      g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "network");
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* A broken file shows why it cannot be opened, in the window */
static void
test_window_shows_error (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("NETVAERK_SOURCE_DIR"), "tests", "malformed",
                                            "EXPECTED", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  NvWindow *window = g_object_new (NV_TYPE_WINDOW, NULL);
  GtkStack *stack = GTK_STACK (find_widget (GTK_WIDGET (window), GTK_TYPE_STACK));
  AdwStatusPage *status;

  nv_window_load_file (window, file);
  g_assert_null (nv_window_get_plan (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "error");
  status = ADW_STATUS_PAGE (gtk_stack_get_visible_child (stack));
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "JSON"));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_skip ("No display: run under xvfb-run");
      return 77;
    }

  adw_init ();

  g_test_add_func ("/window/shows-plan", test_window_shows_plan);
  g_test_add_func ("/window/opens-samples", test_window_opens_samples);
  g_test_add_func ("/window/shows-error", test_window_shows_error);

  return g_test_run ();
}
