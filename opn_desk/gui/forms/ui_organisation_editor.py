# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QToolButton,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_OrganisationEditor(object):
    def setupUi(self, OrganisationEditor):
        if not OrganisationEditor.objectName():
            OrganisationEditor.setObjectName(u"OrganisationEditor")
        OrganisationEditor.resize(560, 720)
        self.mainLayout = QVBoxLayout(OrganisationEditor)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 10, 12, 10)
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(OrganisationEditor)
        self.titleLabel.setObjectName(u"titleLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleLabel.sizePolicy().hasHeightForWidth())
        self.titleLabel.setSizePolicy(sizePolicy)
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.titleLayout.addWidget(self.titleLabel)

        self.closeButton = QToolButton(OrganisationEditor)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoRaise(True)

        self.titleLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.titleLayout)

        self.subtitleLabel = QLabel(OrganisationEditor)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.subtitleLabel)

        self.messageLabel = QLabel(OrganisationEditor)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.tabs = QTabWidget(OrganisationEditor)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsLayout = QVBoxLayout(self.detailsTab)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.detailsForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nameLabel = QLabel(self.detailsTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.detailsTab)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(300)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.acronymLabel = QLabel(self.detailsTab)
        self.acronymLabel.setObjectName(u"acronymLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.acronymLabel)

        self.acronymEdit = QLineEdit(self.detailsTab)
        self.acronymEdit.setObjectName(u"acronymEdit")
        self.acronymEdit.setMaxLength(50)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.acronymEdit)

        self.countryLabel = QLabel(self.detailsTab)
        self.countryLabel.setObjectName(u"countryLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryCombo = QComboBox(self.detailsTab)
        self.countryCombo.setObjectName(u"countryCombo")
        self.countryCombo.setEditable(True)
        self.countryCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.countryCombo.setMaxVisibleItems(15)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.countryCombo)

        self.clusterLabel = QLabel(self.detailsTab)
        self.clusterLabel.setObjectName(u"clusterLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.clusterLabel)

        self.clusterCombo = QComboBox(self.detailsTab)
        self.clusterCombo.setObjectName(u"clusterCombo")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.clusterCombo)

        self.typeLabel = QLabel(self.detailsTab)
        self.typeLabel.setObjectName(u"typeLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(self.detailsTab)
        self.typeCombo.setObjectName(u"typeCombo")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.websiteLabel = QLabel(self.detailsTab)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.websiteEdit = QLineEdit(self.detailsTab)
        self.websiteEdit.setObjectName(u"websiteEdit")
        self.websiteEdit.setMaxLength(300)

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.websiteEdit)

        self.parentLabel = QLabel(self.detailsTab)
        self.parentLabel.setObjectName(u"parentLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.parentLayout = QHBoxLayout()
        self.parentLayout.setObjectName(u"parentLayout")
        self.parentEdit = QLineEdit(self.detailsTab)
        self.parentEdit.setObjectName(u"parentEdit")

        self.parentLayout.addWidget(self.parentEdit)

        self.parentClearButton = QToolButton(self.detailsTab)
        self.parentClearButton.setObjectName(u"parentClearButton")

        self.parentLayout.addWidget(self.parentClearButton)


        self.detailsForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.parentLayout)

        self.notesLabel = QLabel(self.detailsTab)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.detailsTab)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.detailsLayout.addLayout(self.detailsForm)

        self.otherNamesLabel = QLabel(self.detailsTab)
        self.otherNamesLabel.setObjectName(u"otherNamesLabel")

        self.detailsLayout.addWidget(self.otherNamesLabel)

        self.otherNamesTable = QTableWidget(self.detailsTab)
        if (self.otherNamesTable.columnCount() < 2):
            self.otherNamesTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.otherNamesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.otherNamesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.otherNamesTable.setObjectName(u"otherNamesTable")
        self.otherNamesTable.setAlternatingRowColors(True)
        self.otherNamesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.otherNamesTable.setColumnCount(2)
        self.otherNamesTable.horizontalHeader().setStretchLastSection(True)
        self.otherNamesTable.verticalHeader().setVisible(False)

        self.detailsLayout.addWidget(self.otherNamesTable)

        self.otherNamesButtons = QHBoxLayout()
        self.otherNamesButtons.setObjectName(u"otherNamesButtons")
        self.addNameButton = QPushButton(self.detailsTab)
        self.addNameButton.setObjectName(u"addNameButton")

        self.otherNamesButtons.addWidget(self.addNameButton)

        self.removeNameButton = QPushButton(self.detailsTab)
        self.removeNameButton.setObjectName(u"removeNameButton")

        self.otherNamesButtons.addWidget(self.removeNameButton)

        self.otherNamesSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.otherNamesButtons.addItem(self.otherNamesSpacer)


        self.detailsLayout.addLayout(self.otherNamesButtons)

        self.tabs.addTab(self.detailsTab, "")
        self.peopleTab = QWidget()
        self.peopleTab.setObjectName(u"peopleTab")
        self.peopleLayout = QVBoxLayout(self.peopleTab)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleTable = QTableWidget(self.peopleTab)
        if (self.peopleTable.columnCount() < 4):
            self.peopleTable.setColumnCount(4)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.peopleTable.setHorizontalHeaderItem(0, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.peopleTable.setHorizontalHeaderItem(1, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.peopleTable.setHorizontalHeaderItem(2, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.peopleTable.setHorizontalHeaderItem(3, __qtablewidgetitem5)
        self.peopleTable.setObjectName(u"peopleTable")
        self.peopleTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.peopleTable.setAlternatingRowColors(True)
        self.peopleTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.peopleTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.peopleTable.setColumnCount(4)
        self.peopleTable.horizontalHeader().setStretchLastSection(True)
        self.peopleTable.verticalHeader().setVisible(False)

        self.peopleLayout.addWidget(self.peopleTable)

        self.peopleButtons = QHBoxLayout()
        self.peopleButtons.setObjectName(u"peopleButtons")
        self.addPersonButton = QPushButton(self.peopleTab)
        self.addPersonButton.setObjectName(u"addPersonButton")

        self.peopleButtons.addWidget(self.addPersonButton)

        self.editPersonButton = QPushButton(self.peopleTab)
        self.editPersonButton.setObjectName(u"editPersonButton")

        self.peopleButtons.addWidget(self.editPersonButton)

        self.removePersonButton = QPushButton(self.peopleTab)
        self.removePersonButton.setObjectName(u"removePersonButton")

        self.peopleButtons.addWidget(self.removePersonButton)

        self.peopleSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.peopleButtons.addItem(self.peopleSpacer)


        self.peopleLayout.addLayout(self.peopleButtons)

        self.peopleHint = QLabel(self.peopleTab)
        self.peopleHint.setObjectName(u"peopleHint")
        self.peopleHint.setWordWrap(True)

        self.peopleLayout.addWidget(self.peopleHint)

        self.tabs.addTab(self.peopleTab, "")
        self.membershipsTab = QWidget()
        self.membershipsTab.setObjectName(u"membershipsTab")
        self.membershipsLayout = QVBoxLayout(self.membershipsTab)
        self.membershipsLayout.setObjectName(u"membershipsLayout")
        self.membershipsTable = QTableWidget(self.membershipsTab)
        if (self.membershipsTable.columnCount() < 6):
            self.membershipsTable.setColumnCount(6)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.membershipsTable.setHorizontalHeaderItem(0, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.membershipsTable.setHorizontalHeaderItem(1, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.membershipsTable.setHorizontalHeaderItem(2, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.membershipsTable.setHorizontalHeaderItem(3, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.membershipsTable.setHorizontalHeaderItem(4, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.membershipsTable.setHorizontalHeaderItem(5, __qtablewidgetitem11)
        self.membershipsTable.setObjectName(u"membershipsTable")
        self.membershipsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.membershipsTable.setAlternatingRowColors(True)
        self.membershipsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.membershipsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.membershipsTable.setColumnCount(6)
        self.membershipsTable.horizontalHeader().setStretchLastSection(True)
        self.membershipsTable.verticalHeader().setVisible(False)

        self.membershipsLayout.addWidget(self.membershipsTable)

        self.membershipButtons = QHBoxLayout()
        self.membershipButtons.setObjectName(u"membershipButtons")
        self.addMembershipButton = QPushButton(self.membershipsTab)
        self.addMembershipButton.setObjectName(u"addMembershipButton")

        self.membershipButtons.addWidget(self.addMembershipButton)

        self.endMembershipButton = QPushButton(self.membershipsTab)
        self.endMembershipButton.setObjectName(u"endMembershipButton")

        self.membershipButtons.addWidget(self.endMembershipButton)

        self.renewMembershipButton = QPushButton(self.membershipsTab)
        self.renewMembershipButton.setObjectName(u"renewMembershipButton")

        self.membershipButtons.addWidget(self.renewMembershipButton)

        self.membershipSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.membershipButtons.addItem(self.membershipSpacer)


        self.membershipsLayout.addLayout(self.membershipButtons)

        self.membershipsHint = QLabel(self.membershipsTab)
        self.membershipsHint.setObjectName(u"membershipsHint")
        self.membershipsHint.setWordWrap(True)

        self.membershipsLayout.addWidget(self.membershipsHint)

        self.tabs.addTab(self.membershipsTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTree = QTreeWidget(self.historyTab)
        self.historyTree.setObjectName(u"historyTree")
        self.historyTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTree.setAlternatingRowColors(True)
        self.historyTree.setUniformRowHeights(True)
        self.historyTree.setColumnCount(3)

        self.historyLayout.addWidget(self.historyTree)

        self.tabs.addTab(self.historyTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.deleteButton = QPushButton(OrganisationEditor)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonsLayout.addWidget(self.deleteButton)

        self.mergeButton = QPushButton(OrganisationEditor)
        self.mergeButton.setObjectName(u"mergeButton")

        self.buttonsLayout.addWidget(self.mergeButton)

        self.buttonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(OrganisationEditor)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(OrganisationEditor)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.acronymLabel.setBuddy(self.acronymEdit)
        self.countryLabel.setBuddy(self.countryCombo)
        self.clusterLabel.setBuddy(self.clusterCombo)
        self.typeLabel.setBuddy(self.typeCombo)
        self.websiteLabel.setBuddy(self.websiteEdit)
        self.parentLabel.setBuddy(self.parentEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.acronymEdit)
        QWidget.setTabOrder(self.acronymEdit, self.countryCombo)
        QWidget.setTabOrder(self.countryCombo, self.clusterCombo)
        QWidget.setTabOrder(self.clusterCombo, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.websiteEdit)
        QWidget.setTabOrder(self.websiteEdit, self.parentEdit)
        QWidget.setTabOrder(self.parentEdit, self.parentClearButton)
        QWidget.setTabOrder(self.parentClearButton, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.otherNamesTable)
        QWidget.setTabOrder(self.otherNamesTable, self.addNameButton)
        QWidget.setTabOrder(self.addNameButton, self.removeNameButton)
        QWidget.setTabOrder(self.removeNameButton, self.saveButton)

        self.retranslateUi(OrganisationEditor)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(OrganisationEditor)
    # setupUi

    def retranslateUi(self, OrganisationEditor):
        OrganisationEditor.setWindowTitle(QCoreApplication.translate("OrganisationEditor", "Organisation", None))
        self.titleLabel.setText(QCoreApplication.translate("OrganisationEditor", "Organisation", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("OrganisationEditor", "Close this organisation", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("OrganisationEditor", "Close", None))
        self.subtitleLabel.setText("")
        self.messageLabel.setText("")
        self.nameLabel.setText(QCoreApplication.translate("OrganisationEditor", "&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("OrganisationEditor", "Full name of the organisation", None))
        self.acronymLabel.setText(QCoreApplication.translate("OrganisationEditor", "&Acronym", None))
        self.countryLabel.setText(QCoreApplication.translate("OrganisationEditor", "&Country", None))
        self.clusterLabel.setText(QCoreApplication.translate("OrganisationEditor", "Stakeholder c&luster", None))
        self.typeLabel.setText(QCoreApplication.translate("OrganisationEditor", "&Type", None))
        self.websiteLabel.setText(QCoreApplication.translate("OrganisationEditor", "&Website", None))
        self.websiteEdit.setPlaceholderText(QCoreApplication.translate("OrganisationEditor", "https://", None))
        self.parentLabel.setText(QCoreApplication.translate("OrganisationEditor", "&Parent organisation", None))
        self.parentEdit.setPlaceholderText(QCoreApplication.translate("OrganisationEditor", "None (type to search)", None))
#if QT_CONFIG(tooltip)
        self.parentClearButton.setToolTip(QCoreApplication.translate("OrganisationEditor", "No parent organisation", None))
#endif // QT_CONFIG(tooltip)
        self.parentClearButton.setText(QCoreApplication.translate("OrganisationEditor", "Clear", None))
        self.notesLabel.setText(QCoreApplication.translate("OrganisationEditor", "N&otes", None))
        self.otherNamesLabel.setText(QCoreApplication.translate("OrganisationEditor", "Other names (former names, names in other languages)", None))
        ___qtablewidgetitem = self.otherNamesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("OrganisationEditor", "Name", None))
        ___qtablewidgetitem1 = self.otherNamesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("OrganisationEditor", "Language", None))
        self.addNameButton.setText(QCoreApplication.translate("OrganisationEditor", "Add name", None))
        self.removeNameButton.setText(QCoreApplication.translate("OrganisationEditor", "Remove name", None))
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("OrganisationEditor", "Details", None))
        ___qtablewidgetitem2 = self.peopleTable.horizontalHeaderItem(0)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("OrganisationEditor", "Name", None))
        ___qtablewidgetitem3 = self.peopleTable.horizontalHeaderItem(1)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("OrganisationEditor", "E-mail", None))
        ___qtablewidgetitem4 = self.peopleTable.horizontalHeaderItem(2)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("OrganisationEditor", "Phone", None))
        ___qtablewidgetitem5 = self.peopleTable.horizontalHeaderItem(3)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("OrganisationEditor", "Gender (as stated)", None))
        self.addPersonButton.setText(QCoreApplication.translate("OrganisationEditor", "Add person\u2026", None))
        self.editPersonButton.setText(QCoreApplication.translate("OrganisationEditor", "Edit\u2026", None))
        self.removePersonButton.setText(QCoreApplication.translate("OrganisationEditor", "Remove\u2026", None))
        self.peopleHint.setText(QCoreApplication.translate("OrganisationEditor", "Changes to people are saved at once and can be undone with Edit \u203a Undo.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.peopleTab), QCoreApplication.translate("OrganisationEditor", "People", None))
        ___qtablewidgetitem6 = self.membershipsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("OrganisationEditor", "Programme", None))
        ___qtablewidgetitem7 = self.membershipsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("OrganisationEditor", "Role", None))
        ___qtablewidgetitem8 = self.membershipsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("OrganisationEditor", "Term", None))
        ___qtablewidgetitem9 = self.membershipsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("OrganisationEditor", "Status", None))
        ___qtablewidgetitem10 = self.membershipsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("OrganisationEditor", "Representative", None))
        ___qtablewidgetitem11 = self.membershipsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("OrganisationEditor", "Alternate", None))
        self.addMembershipButton.setText(QCoreApplication.translate("OrganisationEditor", "Add membership\u2026", None))
        self.endMembershipButton.setText(QCoreApplication.translate("OrganisationEditor", "End\u2026", None))
        self.renewMembershipButton.setText(QCoreApplication.translate("OrganisationEditor", "Renew\u2026", None))
        self.membershipsHint.setText(QCoreApplication.translate("OrganisationEditor", "Ended memberships stay in the list, greyed: the history is never overwritten.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.membershipsTab), QCoreApplication.translate("OrganisationEditor", "Memberships", None))
        ___qtreewidgetitem = self.historyTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("OrganisationEditor", "What", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("OrganisationEditor", "Who", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("OrganisationEditor", "When", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("OrganisationEditor", "History", None))
        self.deleteButton.setText(QCoreApplication.translate("OrganisationEditor", "Delete\u2026", None))
#if QT_CONFIG(tooltip)
        self.mergeButton.setToolTip(QCoreApplication.translate("OrganisationEditor", "Merge this organisation with a duplicate record: people, memberships, applications and history move to the one kept", None))
#endif // QT_CONFIG(tooltip)
        self.mergeButton.setText(QCoreApplication.translate("OrganisationEditor", "Merge\u2026", None))
        self.revertButton.setText(QCoreApplication.translate("OrganisationEditor", "Revert", None))
        self.saveButton.setText(QCoreApplication.translate("OrganisationEditor", "Save", None))
    # retranslateUi

