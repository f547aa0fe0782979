/* nv-window.c: one plan's window: networks and meetings in the sidebar,
 * the selected one in the main area
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-meeting-page.h"
#include "nv-network-page.h"
#include "nv-plan-file.h"
#include "nv-sidebar-row.h"
#include "nv-window.h"

struct _NvWindow
{
  AdwApplicationWindow  parent_instance;

  AdwLeaflet           *leaflet;
  AdwWindowTitle       *sidebar_title;
  AdwWindowTitle       *content_title;
  GtkListView          *sidebar_list;
  GtkStack             *stack;
  AdwStatusPage        *error_page;
  NvNetworkPage        *network_page;
  NvMeetingPage        *meeting_page;

  NvPlan               *plan;
  GFile                *file;
  GtkSingleSelection   *selection;
};

G_DEFINE_FINAL_TYPE (NvWindow, nv_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Meetings are listed by date and start; meetings without a date last */
static int
compare_meetings (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  NvMeeting *meeting_a = (NvMeeting *) a;
  NvMeeting *meeting_b = (NvMeeting *) b;
  guint date_a = nv_meeting_get_date (meeting_a);
  guint date_b = nv_meeting_get_date (meeting_b);

  if (date_a != date_b)
    {
      if (date_a == 0 || date_b == 0)
        return date_a == 0 ? 1 : -1;
      return date_a < date_b ? -1 : 1;
    }

  return nv_meeting_get_start (meeting_a) - nv_meeting_get_start (meeting_b);
}

static GListModel *
create_child_model (gpointer item,
                    gpointer user_data)
{
  GtkSorter *sorter;

  if (!NV_IS_NETWORK (item))
    return NULL;

  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_meetings, NULL, NULL));
  return G_LIST_MODEL (gtk_sort_list_model_new (g_object_ref (nv_network_get_meetings (item)), sorter));
}

static void
setup_sidebar_item (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();

  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander),
                               g_object_new (NV_TYPE_SIDEBAR_ROW, NULL));
  gtk_list_item_set_child (list_item, expander);
}

static void
bind_sidebar_item (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  user_data)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (list_item));
  GtkWidget *sidebar_row = gtk_tree_expander_get_child (expander);

  gtk_tree_expander_set_list_row (expander, row);
  nv_sidebar_row_set_item (NV_SIDEBAR_ROW (sidebar_row), gtk_tree_list_row_get_item (row));
}

static void
unbind_sidebar_item (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     gpointer                  user_data)
{
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (list_item));

  gtk_tree_expander_set_list_row (expander, NULL);
  nv_sidebar_row_set_item (NV_SIDEBAR_ROW (gtk_tree_expander_get_child (expander)), NULL);
}

static void
show_item (NvWindow *self,
           GObject  *item)
{
  if (NV_IS_NETWORK (item))
    {
      nv_network_page_show (self->network_page, self->plan, NV_NETWORK (item));
      adw_window_title_set_title (self->content_title, nv_network_get_name (NV_NETWORK (item)));
      gtk_stack_set_visible_child_name (self->stack, "network");
    }
  else if (NV_IS_MEETING (item))
    {
      nv_meeting_page_show (self->meeting_page, self->plan, NV_MEETING (item));
      adw_window_title_set_title (self->content_title, nv_meeting_get_title (NV_MEETING (item)));
      gtk_stack_set_visible_child_name (self->stack, "meeting");
    }
}

static void
on_selection_changed_cb (NvWindow *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);

  if (row != NULL)
    show_item (self, gtk_tree_list_row_get_item (row));
}

static void
on_sidebar_activate_cb (NvWindow *self,
                        guint     position)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
update_titles (NvWindow *self)
{
  const char *name = self->plan ? nv_plan_get_name (self->plan) : NULL;
  g_autofree char *basename = self->file ? g_file_get_basename (self->file) : NULL;
  const char *title = name != NULL ? name : basename;

  adw_window_title_set_title (self->sidebar_title, title != NULL ? title : _("Netværk"));
  adw_window_title_set_subtitle (self->sidebar_title, name != NULL ? basename : NULL);
  gtk_window_set_title (GTK_WINDOW (self), title != NULL ? title : _("Netværk"));
}

static void
set_plan (NvWindow *self,
          NvPlan   *plan)
{
  GtkTreeListModel *tree;

  if (!g_set_object (&self->plan, plan))
    return;

  tree = gtk_tree_list_model_new (g_object_ref (nv_plan_get_networks (plan)),
                                  FALSE, TRUE, create_child_model, NULL, NULL);
  g_clear_object (&self->selection);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (tree));
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->sidebar_list, GTK_SELECTION_MODEL (self->selection));
  on_selection_changed_cb (self);

  update_titles (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * nv_window_load_file:
 *
 * Shows the plan in @file, or, if it cannot be read, why not.
 */
void
nv_window_load_file (NvWindow *self,
                     GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NvPlan) plan = NULL;

  g_return_if_fail (NV_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_set_object (&self->file, file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);

  plan = nv_plan_load_from_file (file, NULL, &error);
  if (plan == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      adw_status_page_set_description (self->error_page, error->message);
      adw_window_title_set_title (self->content_title, name);
      gtk_stack_set_visible_child_name (self->stack, "error");
      update_titles (self);
      return;
    }

  set_plan (self, plan);
}

NvPlan *
nv_window_get_plan (NvWindow *self)
{
  g_return_val_if_fail (NV_IS_WINDOW (self), NULL);

  return self->plan;
}

GFile *
nv_window_get_file (NvWindow *self)
{
  g_return_val_if_fail (NV_IS_WINDOW (self), NULL);

  return self->file;
}

static void
show_sidebar_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
nv_window_dispose (GObject *object)
{
  NvWindow *self = NV_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NV_TYPE_WINDOW);
  g_clear_object (&self->selection);
  g_clear_object (&self->plan);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (nv_window_parent_class)->dispose (object);
}

static void
nv_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  NvWindow *self = NV_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nv_window_class_init (NvWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nv_window_dispose;
  object_class->get_property = nv_window_get_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, NV_TYPE_PLAN,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (NV_TYPE_NETWORK_PAGE);
  g_type_ensure (NV_TYPE_MEETING_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Netvaerk/ui/nv-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NvWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, NvWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, NvWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, NvWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, NvWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, NvWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, NvWindow, network_page);
  gtk_widget_class_bind_template_child (widget_class, NvWindow, meeting_page);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_activate_cb);

  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.show-sidebar", NULL);
}

static void
nv_window_init (NvWindow *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_sidebar_item), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_sidebar_item), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_sidebar_item), NULL);
  gtk_list_view_set_factory (self->sidebar_list, factory);
  g_object_unref (factory);

  update_titles (self);
}
